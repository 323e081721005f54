package lu.adem.tremplin.shared.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.adem.tremplin.shared.logging.LogFields;

/**
 * Every 403 Tremplin's web filters and Spring Security give, logged with who asked: the
 * authenticated user (or "anonymous"), the method and the path. Operations read these lines to
 * tell an attack from a misconfigured proxy or a user without the right role.
 */
final class Refusals implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private final AccessDeniedHandler status = new AccessDeniedHandlerImpl();

    /** Spring Security's refusals (a missing role, a missing CSRF token): logged, then its usual 403. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        logRefusal(request, denied.getMessage());
        status.handle(request, response, denied);
    }

    /**
     * For Camunda's webapps: a page a signed-in user may not open (a counsellor's old Tasklist bookmark)
     * leads back to Tremplin, which says why in the user's language; API calls get the 403.
     */
    static AccessDeniedHandler webapps() {
        Refusals refusals = new Refusals();
        return (request, response, denied) -> {
            String accept = request.getHeader("Accept");
            if ("GET".equals(request.getMethod())
                    && accept != null
                    && accept.contains("text/html")
                    && request.getRequestURI().startsWith(request.getContextPath() + "/camunda/app/")) {
                logRefusal(request, denied.getMessage());
                response.sendRedirect(request.getContextPath() + "/?" + CAMUNDA_REFUSED);
                return;
            }
            refusals.handle(request, response, denied);
        };
    }

    /** The query parameter of Tremplin's home page after a refused webapp page. */
    static final String CAMUNDA_REFUSED = "camunda-refused";

    /**
     * Logs and answers 403 with a short JSON body, written directly: {@code sendError} would forward
     * to the error page, which belongs to the Vaadin chain and might open a session.
     */
    static void refuse(HttpServletRequest request, HttpServletResponse response, String reason) throws IOException {
        answer(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", reason);
    }

    /**
     * Logs the refusal and answers with this status and a body in the shape of Camunda's REST errors
     * ({@code {"type":…,"message":…}}), so that clients of the engine APIs read it as they read Camunda's.
     */
    static void answer(
            HttpServletRequest request, HttpServletResponse response, int status, String type, String message)
            throws IOException {
        logRefusal(request, message);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"" + type + "\",\"message\":\"" + json(message) + "\"}");
    }

    static void logRefusal(HttpServletRequest request, String reason) {
        String user = user();
        // refusals happen inside Spring Security's chain, before the user reaches the logging context
        try (var ignored = MDC.putCloseable(LogFields.USER, user)) {
            log.warn(
                    "Refused {} {} to {}: {}",
                    request.getMethod(),
                    oneLine(request.getRequestURI()),
                    user,
                    oneLine(reason));
        }
    }

    static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null
                        || !authentication.isAuthenticated()
                        || authentication instanceof AnonymousAuthenticationToken
                ? "anonymous"
                : authentication.getName();
    }

    private static String json(String text) {
        return oneLine(text).replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** Header values quoted in a reason come from the client: no forged log lines. */
    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x1f\\x7f]", " ");
    }
}
