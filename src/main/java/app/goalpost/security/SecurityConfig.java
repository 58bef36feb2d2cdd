package app.goalpost.security;

import app.goalpost.security.ui.LoginView;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form sign-in through Vaadin's configurer (request cache, logout as Vaadin needs them), method security for
 * services, and the throttling authentication provider as the only one. Session fixation protection is
 * Spring's default (the session id changes at sign-in).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity // JSR-250 annotations: ServiceMethodSecurity (services only, not views)
class SecurityConfig {

    /**
     * What Vaadin 25 (Lumo styles, the client engine's {@code executeJs}, which evaluates code) and our ECharts
     * glue (static scripts from this origin, charts drawn on canvas) need, and nothing from other origins.
     * Verified in Chromium by SecurityHeadersBrowserIT.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottlingAuthenticationProvider provider,
            RequestUtil vaadinRequests) throws Exception {
        // One manager with one provider and no parent: a failure is counted (and hashed) once, not once
        // here and again in the global manager that Spring would otherwise build around the same provider.
        http.authenticationManager(new ProviderManager(provider));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/_static/**", "/goalpost/**").permitAll()
                .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                .requestMatchers("/actuator", "/actuator/**").denyAll()
                // API docs (issue 15): the OpenAPI document and Swagger UI, for signed-in staff only (the /api/**
                // chain in app.goalpost.api never serves them, so an API token does not open them either)
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .hasAnyRole(Roles.OWNER, Roles.ADMIN, Roles.MANAGER));
        // Vaadin's configurer exempts the sign-in page from CSRF, which lets another site sign a victim in
        // (login CSRF). Vaadin's login form posts the token itself when the page carries the _csrf meta tags,
        // which Flow writes into every page, so only Vaadin's own requests (UIDL, push, uploads: protected by
        // Vaadin's own token) stay exempt.
        // anyRequest: Vaadin denies every path that is not a route (a bare "HTTP ERROR 403" in the browser);
        // signed-in users get the app's not-found page (404) from the router instead
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .enableCsrfConfiguration(false)
                .anyRequest(any -> any.authenticated()));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler()));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> headers
                // Written before the request is handled: Vaadin writes its pages itself, and Spring's headers
                // written lazily (at commit) were lost on them, leaving only Vaadin's X-Frame-Options.
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                })
                .frameOptions(frame -> frame.deny())
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Only on https requests (Spring's default), for a year, subdomains included.
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /**
     * Spring's delegating encoder with Argon2 as the default for new hashes: no 72-byte limit (bcrypt's), so the
     * password policy's 128 characters all count. Existing {bcrypt} hashes stay valid and are re-encoded at the
     * next successful sign-in. Cost parameters are configuration (the test profile makes them cheap).
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${goalpost.password.argon2.memory-kib:19456}") int memoryKib,
            @Value("${goalpost.password.argon2.iterations:2}") int iterations) {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("argon2", new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations));
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }

    @Bean
    ThrottlingAuthenticationProvider throttlingAuthenticationProvider(UserDetailsService users,
            UserDetailsPasswordService passwords, PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottlingAuthenticationProvider(users, passwords, encoder, throttle);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
