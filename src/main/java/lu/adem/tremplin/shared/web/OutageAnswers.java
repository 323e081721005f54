package lu.adem.tremplin.shared.web;

import java.io.IOException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.adem.tremplin.shared.DatabaseOutage;

/**
 * A request that failed because the database was out of reach gets a 503 with {@code Retry-After} and a clear
 * message in the user's language, on every path: instead of the engine REST API's 500, the sign-in's 401
 * (HTTP Basic whose check could not read the database) or Spring's generic error page. The request waited at
 * most the pool's connection timeout (3 s in production). Whatever the request wrote was rolled back with its
 * transaction; nothing is half-done. Tremplin's screens say it in a notification (UiErrors).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class OutageAnswers extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(OutageAnswers.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        DatabaseOutage.forget();
        Answer answer = new Answer(response);
        Throwable escaped = null;
        try {
            chain.doFilter(request, answer);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            escaped = failure;
            answer.converted = true;
        } finally {
            boolean outage = answer.converted;
            String detail = outage ? DatabaseOutage.detail(escaped) : "";
            DatabaseOutage.forget();
            if (outage && !response.isCommitted()) {
                log.warn(
                        "{} {} answered 503: the database is out of reach ({})",
                        request.getMethod(),
                        request.getRequestURI(),
                        detail);
                unavailable(request, response);
            }
        }
    }

    static void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        String message = message(request.getLocale());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/engine-rest") || path.startsWith("/camunda/api") || path.startsWith("/actuator")) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter()
                    .write("{\"type\":\"DatabaseUnavailable\",\"message\":\"" + message + "\",\"code\":null}");
        } else {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(message);
        }
    }

    static String message(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" ->
                "Tremplin ne peut pas joindre sa base de donn\u00e9es pour le moment. Rien n\u2019a \u00e9t\u00e9 "
                        + "enregistr\u00e9 : r\u00e9essayez dans quelques secondes.";
            case "de", "lb" ->
                "Tremplin erreicht seine Datenbank gerade nicht. Nichts wurde gespeichert: versuchen Sie es in "
                        + "einigen Sekunden noch einmal.";
            default -> "Tremplin cannot reach its database right now. Nothing was saved: try again in a few seconds.";
        };
    }

    /**
     * Passes everything through until the request is answered with a 5xx or a 401 after the database was found
     * out of reach; from then on it keeps the status and body from the client, for {@link #unavailable}.
     */
    static final class Answer extends WithheldResponse {

        boolean converted;

        Answer(HttpServletResponse response) {
            super(response);
        }

        @Override
        protected boolean withholds(int status) {
            if (!converted && (status >= 500 || status == SC_UNAUTHORIZED) && DatabaseOutage.noticed()) {
                converted = true;
            }
            return converted;
        }

        @Override
        public void setContentType(String type) {
            if (!converted) {
                super.setContentType(type);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return converted ? new Discarded() : super.getOutputStream();
        }
    }

    private static final class Discarded extends ServletOutputStream {
        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {}

        @Override
        public void write(int b) {}
    }
}
