package lu.adem.tremplin.shared.web;

import java.io.IOException;
import java.util.Locale;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A node answers users only when it is ready: Tomcat takes requests before Tremplin's start-up tasks (the
 * deployment of the processes and forms, the role grants, the accounts) have run, and while a graceful shutdown
 * drains. Until Spring's readiness says it accepts traffic, and again once it refuses it, every request but the
 * health probes gets a 503 with {@code Retry-After} and a short message in the user's language, so that a load
 * balancer or a user never lands on a half-started login page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotReadyYet extends OncePerRequestFilter {

    private final ApplicationAvailability availability;

    NotReadyYet(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI()
                .substring(request.getContextPath().length())
                .startsWith("/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "5");
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message(request.getLocale()));
    }

    static String message(Locale locale) {
        return switch (locale == null ? "en" : locale.getLanguage()) {
            case "fr" -> "Tremplin d\u00e9marre. R\u00e9essayez dans quelques secondes.";
            case "de", "lb" -> "Tremplin startet. Versuchen Sie es in einigen Sekunden noch einmal.";
            default -> "Tremplin is starting. Try again in a few seconds.";
        };
    }
}
