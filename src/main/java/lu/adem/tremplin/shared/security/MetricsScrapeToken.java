package lu.adem.tremplin.shared.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Lets Prometheus scrape {@code /actuator/prometheus} with a bearer token ({@code TREMPLIN_METRICS_TOKEN})
 * instead of an administrator's password: a request to that endpoint carrying the token is the scraper, for
 * that request only (no session); a wrong token is refused at once with 401. The token opens nothing else:
 * this filter looks at the metrics endpoint only, and every other endpoint requires an administrator.
 * Without a configured token, bearer headers are ignored (administrators' Basic still works).
 */
final class MetricsScrapeToken extends OncePerRequestFilter {

    static final String ROLE = "METRICS_SCRAPER";
    static final String SCRAPER = "metrics-scraper";
    private static final String BEARER = "Bearer ";

    private final RequestMatcher metricsEndpoint;
    private final byte[] token;

    MetricsScrapeToken(RequestMatcher metricsEndpoint, String token) {
        if (token != null && !token.isBlank() && token.length() < 24) {
            throw new IllegalStateException("TREMPLIN_METRICS_TOKEN must be at least 24 characters long");
        }
        this.metricsEndpoint = metricsEndpoint;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return token == null
                || authorization == null
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !metricsEndpoint.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] presented = request.getHeader("Authorization")
                .substring(BEARER.length())
                .trim()
                .getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(presented, token)) {
            Refusals.logRefusal(request, "wrong metrics token");
            response.setHeader("WWW-Authenticate", "Bearer realm=\"tremplin-metrics\", error=\"invalid_token\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SCRAPER, null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
