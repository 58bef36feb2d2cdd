package app.goalpost.security;

import app.goalpost.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form sign-in through Vaadin's configurer (CSRF, request cache, logout as Vaadin needs them), method security
 * for services, and a throttling authentication provider. Session fixation protection is Spring's default
 * (the session id changes at sign-in).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity // JSR-250 annotations: ServiceMethodSecurity (services only, not views)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottlingAuthenticationProvider provider)
            throws Exception {
        http.authenticationProvider(provider);
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/_static/**", "/goalpost/**").permitAll());
        // anyRequest: Vaadin denies every path that is not a route (a bare "HTTP ERROR 403" in the browser); signed-in
        // users get the app's not-found page (404) from the router instead
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class, "/login")
                .anyRequest(any -> any.authenticated()));
        http.formLogin(form -> form.failureHandler(new SignInFailureHandler()));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.build();
    }

    /** Spring's delegating encoder: bcrypt today, upgradeable without invalidating stored hashes. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    ThrottlingAuthenticationProvider throttlingAuthenticationProvider(UserDetailsService users,
            PasswordEncoder encoder, LoginThrottle throttle) {
        return new ThrottlingAuthenticationProvider(users, encoder, throttle);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
