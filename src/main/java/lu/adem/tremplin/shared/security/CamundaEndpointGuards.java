package lu.adem.tremplin.shared.security;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Guards in front of Camunda's own servlet filters and APIs, after Spring Security (so they know
 * the user they refuse). Spring Boot maps these registrations before the filters that
 * {@code CamundaBpmWebappInitializer} adds (those are mapped "after" the declared ones), so
 * {@link WebappCsrfGuard} answers before Camunda's {@code CsrfPreventionFilter} can end the session.
 */
@Configuration
class CamundaEndpointGuards {

    private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 4;

    @Bean
    FilterRegistrationBean<WebappCsrfGuard> webappCsrfGuard() {
        var registration = new FilterRegistrationBean<>(new WebappCsrfGuard());
        registration.addUrlPatterns("/camunda/api/*", "/camunda/app/*");
        registration.setOrder(AFTER_SPRING_SECURITY + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ClosedEndpoints> closedEndpoints() {
        var registration = new FilterRegistrationBean<>(new ClosedEndpoints());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(AFTER_SPRING_SECURITY);
        return registration;
    }
}
