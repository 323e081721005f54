package lu.adem.tremplin.shared.security;

import static org.springframework.security.config.Customizer.withDefaults;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.adem.tremplin.shared.DatabaseOutage;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.ui.LoginView;

/**
 * One login for everything. Four filter chains, most specific first:
 * <ol>
 * <li>{@code /engine-rest/**}: HTTP Basic against Camunda's identity service, stateless, process owners
 * and administrators only; writes sent by pages of other sites refused, no Basic challenge to browsers
 * (a browser would cache the credentials and re-send them on forged requests); a delayed sign-in answers
 * 429 with Retry-After;</li>
 * <li>{@code /actuator/**}: health open to load balancers, the metrics to administrators and to Prometheus with
 * the scrape token ({@link MetricsScrapeToken}), everything else administrators only; stateless;</li>
 * <li>{@code /camunda/**}: Cockpit, Tasklist and Admin, and their engine API, for supervisors, process
 * owners and administrators only (counsellors work in Tremplin); unauthenticated users go to Tremplin's
 * login, signed-in users are handed to the webapps (single sign-on); the webapps keep their own CSRF token;</li>
 * <li>everything else: Vaadin, with its login view (refused to other sites' pages), view-level access
 * annotations and Tremplin's {@link ContentSecurityPolicy}.</li>
 * </ol>
 * Every password goes through {@link CamundaIdentityAuthentication} and its throttle; Camunda's own
 * password checks are closed ({@link ClosedEndpoints}). Every chain logs its refusals with the user
 * ({@link Refusals}); {@link CamundaEndpointGuards} adds the guards in front of Camunda's own filters.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    static final String LOGIN_PATH = "/login";

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        return http.securityMatcher(under("/engine-rest/"))
                .authorizeHttpRequests(requests -> requests.anyRequest().hasAnyRole(Roles.PROCESS_OWNER, Roles.ADMIN))
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::basicChallenge))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(SecurityConfiguration::basicChallenge))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // A browser re-sends Basic credentials it once used: refuse writes that pages of other sites make it
                // send.
                .addFilterAfter(ForeignOriginGuard.writes(), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedHandler(new Refusals()))
                // Tools cannot fetch a CSRF token; ForeignOriginGuard refuses what browsers send for other sites.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain actuator(HttpSecurity http, @Value("${tremplin.metrics.token:}") String metricsToken)
            throws Exception {
        RequestMatcher metrics = EndpointRequest.to(PrometheusScrapeEndpoint.class);
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
                        .permitAll()
                        .requestMatchers(metrics)
                        .hasAnyRole(Roles.ADMIN, MetricsScrapeToken.ROLE)
                        .anyRequest()
                        .hasRole(Roles.ADMIN))
                .httpBasic(withDefaults())
                .addFilterBefore(new MetricsScrapeToken(metrics, metricsToken), BasicAuthenticationFilter.class)
                // scrapers and monitoring tools keep no cookies: no session for them
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(new Refusals()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(under("/camunda/"))
                .authorizeHttpRequests(requests ->
                        requests.anyRequest().hasAnyRole(Roles.SUPERVISOR, Roles.PROCESS_OWNER, Roles.ADMIN))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN_PATH)))
                // Cockpit, Tasklist and Admin send their own X-XSRF-TOKEN, checked by Camunda's CsrfPreventionFilter.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .exceptionHandling(errors -> errors.accessDeniedHandler(Refusals.webapps()))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadin(HttpSecurity http) throws Exception {
        // Error pages render the status of the request that failed (401, 403, 404), never a login redirect.
        http.authorizeHttpRequests(requests ->
                requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // the login page named here, before Vaadin names it too: else Spring Security serves its default login page
        http.formLogin(form -> form.loginPage(LOGIN_PATH).failureHandler(signInFailure()));
        // The login form carries no CSRF token (Vaadin exempts it): refuse logins that pages of other sites post.
        http.addFilterBefore(ForeignOriginGuard.loginForm(LOGIN_PATH), UsernamePasswordAuthenticationFilter.class);
        http.exceptionHandling(errors -> errors.accessDeniedHandler(new Refusals()));
        http.headers(
                headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.POLICY)));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, LOGIN_PATH))
                .build();
    }

    /**
     * 401 with a Basic challenge, written directly: {@code sendError} would forward to the error
     * page, which belongs to the Vaadin chain and would answer with a redirect to the login view.
     */
    private static void basicChallenge(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        if (failure instanceof SignInDelayed delayed) {
            response.setHeader("Retry-After", String.valueOf(delayed.remainingSeconds()));
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return;
        }
        // No challenge to browsers: no password prompt, so no credentials cached for forged requests to carry.
        if (!BrowserRequest.isBrowser(request)) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Tremplin engine API\", charset=\"UTF-8\"");
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /**
     * Back to the login view, which says "wait and try again" after a delayed attempt, "wrong password" otherwise;
     * a 503 when the database could not be read (OutageAnswers).
     */
    private static AuthenticationFailureHandler signInFailure() {
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl(LOGIN_PATH + "?error");
        failure.setExceptionMappings(Map.of(SignInDelayed.class.getName(), LOGIN_PATH + "?error&" + LoginView.PAUSED));
        return (request, response, exception) -> {
            // a password that could not be checked is not a wrong one: OutageAnswers answers the 503
            DatabaseOutage.notice(exception);
            if (DatabaseOutage.noticed()) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            failure.onAuthenticationFailure(request, response, exception);
        };
    }

    /**
     * Matches on the request URI: the engine REST API and the webapps are servlets of their own, so
     * servlet-path-relative matchers would miss them.
     */
    static RequestMatcher under(String prefix) {
        return request -> request.getRequestURI().startsWith(request.getContextPath() + prefix);
    }

    /**
     * Refuses JUEL expressions in query input before the engine's APIs see it; after Spring Security, so
     * that only authenticated requests are read and each refusal is logged with its user.
     */
    @Bean
    FilterRegistrationBean<ExpressionInjectionGuard> expressionInjectionGuard() {
        var registration = new FilterRegistrationBean<>(new ExpressionInjectionGuard());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 5);
        return registration;
    }

    /** Single sign-on into Camunda's webapps, after Spring Security has established the user. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSingleSignOn() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", CamundaWebappSingleSignOn.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 10);
        return registration;
    }

    /** Camunda's authorization checks see the signed-in user on every request. */
    @Bean
    FilterRegistrationBean<EngineAuthentication> engineAuthentication(IdentityService identityService) {
        var registration = new FilterRegistrationBean<>(new EngineAuthentication(identityService));
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 20);
        return registration;
    }

    /** 413 for an oversized body to the engine's APIs, before anything reads it (first of all filters here). */
    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit() {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimit());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 20);
        return registration;
    }
}
