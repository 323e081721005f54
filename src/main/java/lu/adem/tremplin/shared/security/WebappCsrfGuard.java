package lu.adem.tremplin.shared.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Checks the webapps' {@code X-XSRF-TOKEN} before Camunda's {@code CsrfPreventionFilter} does, and
 * refuses a modifying request without the session's token with a 403 of its own. Camunda's filter
 * would invalidate the whole session, which is also the Tremplin session: any site could sign a
 * user out of Tremplin with one forged POST. Camunda's filter still runs on what passes here.
 */
final class WebappCsrfGuard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN
                .matcher(request.getMethod())
                .matches()) {
            chain.doFilter(request, response);
            return;
        }
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        if (sent == null || sent.isBlank()) {
            response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
            Refusals.refuse(request, response, "no " + CsrfConstants.CSRF_TOKEN_HEADER_NAME + " header");
            return;
        }
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        if (!(expected instanceof String token)
                || !MessageDigest.isEqual(
                        token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            Refusals.refuse(request, response, "wrong " + CsrfConstants.CSRF_TOKEN_HEADER_NAME + " header");
            return;
        }
        chain.doFilter(request, response);
    }
}
