package lu.adem.tremplin.shared.security;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Endpoints of Camunda 7.24 that Tremplin closes to everyone (403, any method), because the
 * community edition receives no more fixes for them:
 * <ul>
 * <li>Camunda Admin's first-run setup ({@code /camunda/api/admin/setup/…}): it creates an
 * administrator while {@code camunda-admin} has no direct member (CVE-2026-77226); Tremplin
 * creates the first administrator itself ({@code TREMPLIN_ADMIN_USER});</li>
 * <li>task attachments on the engine REST API and the webapps' engine API, with or without an
 * engine name: the attachment commands check no authorization;</li>
 * <li>Camunda's own password checks, outside Tremplin's sign-in and its throttle: the engine API's
 * {@code identity/verify} and the webapps' login ({@code /camunda/api/admin/auth/user/{engine}/login/…});
 * Tremplin signs users in itself and hands them to the webapps by single sign-on.</li>
 * </ul>
 * Matched on the decoded, normalised path (servlet path and path info), as JAX-RS matches it.
 */
final class ClosedEndpoints extends OncePerRequestFilter {

    private static final List<Pattern> CLOSED = List.of(
            Pattern.compile("^/camunda/api/admin/setup(/.*)?$", Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "^/(engine-rest|camunda/api/engine)(/engine/[^/]+)?/task/[^/]+/attachment(/.*)?$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile(
                    "^/(engine-rest(/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/identity/verify(/.*)?$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/login(/.*)?$", Pattern.CASE_INSENSITIVE));

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (CLOSED.stream().anyMatch(closed -> closed.matcher(path).matches())) {
            Refusals.refuse(request, response, "endpoint closed in Tremplin");
            return;
        }
        chain.doFilter(request, response);
    }
}
