package lu.adem.tremplin.shared.security;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.adem.tremplin.shared.CurrentUser;

/**
 * Hands the Spring Security user to Camunda's identity service for the duration of a request, so
 * that Camunda's authorization checks apply to everything Tremplin's screens and the engine REST
 * API do on the user's behalf. Runs after Spring Security's filter chain.
 */
class EngineAuthentication extends OncePerRequestFilter {

    private final IdentityService identityService;

    EngineAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        identityService.setAuthentication(user.get().userId(), user.get().groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
