package app.goalpost.api;

import app.goalpost.api.internal.TokenLookup;
import app.goalpost.security.ThrottleStore;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The API's own security chain, for {@code /api/**} only and ahead of the Vaadin chain (which stays as it was for
 * every other path). Stateless: the security context lives for the request (never in a session, so a session
 * cookie authenticates nothing here), no CSRF (nothing here trusts a cookie, so there is nothing to forge), no
 * request cache, no form or basic sign-in. Scopes are checked here per endpoint; workspaces by the services.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiLimits.class)
class ApiSecurityConfig {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, TokenLookup lookup, ThrottleStore throttle,
            Clock clock, ApiLimits limits) throws Exception {
        http.securityMatcher("/api/**");
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(HttpMethod.POST, "/api/v1/actuals").hasAuthority(ApiScope.ACTUALS_WRITE.authority())
                .requestMatchers(HttpMethod.GET, "/api/v1/**").hasAuthority(ApiScope.KPIS_READ.authority())
                .anyRequest().denyAll());
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        http.securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.formLogin(form -> form.disable());
        http.httpBasic(basic -> basic.disable());
        http.logout(logout -> logout.disable());
        http.exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Bearer");
                    ApiProblems.write(response, HttpStatus.UNAUTHORIZED, ApiProblems.UNAUTHORIZED,
                            "Send an API token: Authorization: Bearer gp_...", request.getRequestURI());
                })
                .accessDeniedHandler((request, response, e) -> ApiProblems.write(response, HttpStatus.FORBIDDEN,
                        ApiProblems.FORBIDDEN, "The token lacks the scope this request needs ("
                                + (HttpMethod.POST.matches(request.getMethod()) ? ApiScope.ACTUALS_WRITE.value()
                                        : ApiScope.KPIS_READ.value()) + ")", request.getRequestURI())));
        http.addFilterBefore(new ApiTokenFilter(lookup, throttle, clock, limits), AuthorizationFilter.class);
        return http.build();
    }
}
