package lu.adem.tremplin.shared.logging;

import java.io.IOException;

import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the signed-in user into the logging context of each request, right after Spring Security has
 * established who they are: screens, the engine API and the Camunda webapps alike. The user id only;
 * names stay out of logs.
 */
@Configuration(proxyBeanMethods = false)
class UserLoggingContext {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> userLoggingContextFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new UserInLoggingContext());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class UserInLoggingContext extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            boolean signedIn = authentication != null
                    && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken);
            if (!signedIn) {
                chain.doFilter(request, response);
                return;
            }
            try (var ignored = MDC.putCloseable(LogFields.USER, authentication.getName())) {
                chain.doFilter(request, response);
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }
    }
}
