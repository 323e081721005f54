package lu.adem.tremplin.shared.security;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses (403) requests that a page of another site made a browser send, where the browser
 * would add credentials of its own: the engine REST API's writes (a browser re-sends HTTP Basic
 * credentials it once used, so an auto-submitted form on another site could deploy a process) and
 * the login form (login CSRF: a foreign page would sign the browser into the attacker's account).
 * See {@link BrowserRequest#foreignOrigin} for the rule; tools without {@code Origin} pass.
 */
final class ForeignOriginGuard extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final RequestMatcher guarded;

    private ForeignOriginGuard(RequestMatcher guarded) {
        this.guarded = guarded;
    }

    /** For the engine REST API's chain: everything but GET, HEAD and OPTIONS. */
    static ForeignOriginGuard writes() {
        return new ForeignOriginGuard(request -> !READS.contains(request.getMethod()));
    }

    /** For the Vaadin chain: the login form's POST, matched as Spring Security's form login matches it. */
    static ForeignOriginGuard loginForm(String loginPath) {
        return new ForeignOriginGuard(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> foreign = guarded.matches(request) ? BrowserRequest.foreignOrigin(request) : Optional.empty();
        if (foreign.isPresent()) {
            Refusals.refuse(request, response, "cross-site request: " + foreign.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
