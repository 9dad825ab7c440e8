package cn.jiceng.security.web;

import cn.jiceng.security.domain.Role;
import cn.jiceng.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinWebSecurity;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import cn.jiceng.security.service.LoginThrottleService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what over HTTP.
 * <ul>
 *   <li>{@code /engine-rest/**}: the Camunda REST API, HTTP Basic against the user table, stateless,
 *       administrators only (401 without credentials, 403 with another role). Regional users work
 *       through the UI, which applies region scoping; the raw engine API has none, so they never
 *       get it.</li>
 *   <li>{@code /camunda/**}: Cockpit, Tasklist and Admin, administrators only, signed in through the
 *       application's own login (single sign-on: the webapps take the Spring Security user).</li>
 *   <li>Everything else: Vaadin views, each with its {@code @RolesAllowed}/{@code @PermitAll}.</li>
 * </ul>
 */
@EnableWebSecurity
@Configuration
public class SecurityConfig extends VaadinWebSecurity {

    public static final String ENGINE_REST = "/engine-rest/**";
    public static final String CAMUNDA_WEBAPPS = "/camunda/**";

    private final boolean production;

    public SecurityConfig(Environment environment) {
        this.production = environment.acceptsProfiles(Profiles.of("prod"));
    }

    /** The only way a password is checked: throttled per account and address (docs/security.md "Login and sessions"). */
    @Bean
    AuthenticationProvider throttlingAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                            LoginThrottleService throttle) {
        return new ThrottlingAuthenticationProvider(users, encoder, throttle);
    }

    private void headers(HttpSecurity http) throws Exception {
        http.headers(h -> {
            h.httpStrictTransportSecurity(hsts -> hsts.disable()); // written by SecurityHeaders in prod only
            SecurityHeaders.writers(production).forEach(h::addHeaderWriter);
        });
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestApi(HttpSecurity http) throws Exception {
        headers(http);
        http.securityMatcher(path(ENGINE_REST))
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(b -> b.authenticationEntryPoint(SecurityConfig::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(SecurityConfig::unauthorized)
                        .accessDeniedHandler((request, response, denied) -> writeStatus(response, 403, "Forbidden")))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(path(CAMUNDA_WEBAPPS)).hasRole(Role.ADMIN.name())
                .requestMatchers("/images/**", "/icons/**", "/error/error.css").permitAll()
                // public notices: their PDF is readable without login (the views are @AnonymousAllowed)
                .requestMatchers(path("/gongshi-pdf/**")).permitAll());
        // The Camunda webapps carry their own CSRF protection (CsrfPreventionFilter).
        http.csrf(c -> c.ignoringRequestMatchers(path(CAMUNDA_WEBAPPS)));
        headers(http);
        super.configure(http);
        setLoginView(http, LoginView.class);
        // VaadinWebSecurity exempts the login POST from CSRF protection: require the token there
        http.addFilterBefore(new LoginCsrfFilter(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login"),
                "/login"), UsernamePasswordAuthenticationFilter.class);
    }

    /*
     * Status codes are written directly: sendError() would dispatch to /error, which the Vaadin
     * chain answers with a redirect to the login page instead of the 401/403 a REST client needs.
     */
    private static void unauthorized(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Jiceng engine REST\"");
        writeStatus(response, 401, "Unauthorized");
    }

    private static void writeStatus(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.getWriter().write("{\"type\":\"" + message + "\",\"message\":\"" + message + "\"}");
    }

    /**
     * Matches on the whole path inside the application. The default matcher would resolve the
     * pattern against Spring MVC's dispatcher servlet only and miss the Jersey servlet that
     * serves {@code /engine-rest}, which then fell through to the Vaadin chain.
     */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** Single sign-on into the Camunda webapps: they take the user Spring Security has authenticated. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSso() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration = new FilterRegistrationBean<>();
        registration.setFilter(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(101); // after the Spring Security filter chain
        return registration;
    }
}
