package app.goalpost.notify;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The unsubscribe links' own security chain ({@code /unsubscribe/**} only, ahead of the Vaadin chain): open to
 * everyone, because the signed token is the authority; stateless (no session is read or made); no CSRF, because
 * the token in the path cannot be forged by another site and a mail client's one-click POST carries no cookie.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeSecurityConfig {

    @Bean
    @Order(2)
    SecurityFilterChain unsubscribeSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/unsubscribe/**");
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.securityContext(context -> context.securityContextRepository(
                new org.springframework.security.web.context.RequestAttributeSecurityContextRepository()));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.formLogin(form -> form.disable());
        http.httpBasic(basic -> basic.disable());
        http.logout(logout -> logout.disable());
        return http.build();
    }
}
