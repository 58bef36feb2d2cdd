package app.goalpost.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.WebClient;
import app.goalpost.support.WebTest;
import jakarta.servlet.SessionTrackingMode;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Over real HTTP: the security headers on every response, Vaadin's own pages included; no session id in URLs;
 * X-Forwarded-For ignored unless the sender is a configured proxy; the health probes and nothing else.
 */
@WebTest
class SecurityHeadersTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ThrottleStore throttleStore;
    @Autowired WebApplicationContext context;
    @Autowired PasswordEncoder encoder;

    @BeforeEach
    void clean() {
        clock.reset();
        jdbc.sql("DELETE FROM throttle_event").update();
        throttleStore.clear(LoginThrottle.addressKey("127.0.0.1"));
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        AgencyFixture f = fixtures.agency("hdr");
        WebClient anonymous = new WebClient(port);
        for (String path : List.of("login", "signup", "", "w/" + f.ws1(), "goalpost/echarts-glue.js",
                "actuator/health/liveness")) {
            assertSecurityHeaders(path, anonymous.get(path).headers());
        }
        WebClient owner = new WebClient(port);
        assertThat(owner.signIn(f.owner(), Fixtures.PASSWORD)).doesNotContain("login");
        for (String path : List.of("", "w/" + f.ws1(), "w/" + f.ws1() + "/kpis", "users")) {
            HttpResponse<String> page = owner.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("<html");
            assertSecurityHeaders(path, page.headers());
        }
    }

    @Test
    void hstsOnlyOverHttps() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
        MvcResult https = mvc.perform(get("/login").secure(true)).andReturn();
        assertThat(https.getResponse().getHeader("Strict-Transport-Security"))
                .isEqualTo("max-age=31536000 ; includeSubDomains");
        MvcResult http = mvc.perform(get("/login")).andReturn();
        assertThat(http.getResponse().getHeader("Strict-Transport-Security")).isNull();
        assertThat(new WebClient(port).get("login").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void theSessionIdNeverTravelsInAUrl() {
        AgencyFixture f = fixtures.agency("url");
        WebClient fresh = new WebClient(port);
        HttpResponse<String> redirect = fresh.get("w/" + f.ws1());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).endsWith("/login").doesNotContain(";");
        assertThat(fresh.get("login").body()).doesNotContainIgnoringCase("jsessionid");
        assertThat(fresh.signIn(f.owner(), Fixtures.PASSWORD)).doesNotContainIgnoringCase("jsessionid");
        // Spring Security's filter chain already strips encoded URLs from its own responses; Tomcat itself
        // must not put the session id into any URL either (it did by default: COOKIE and URL).
        assertThat(context.getServletContext().getEffectiveSessionTrackingModes())
                .containsExactly(SessionTrackingMode.COOKIE);
    }

    @Test
    void forwardedForIsIgnoredFromAnAddressNotConfiguredAsAProxy() {
        AgencyFixture f = fixtures.agency("xff");
        WebClient attacker = new WebClient(port);
        // Twenty failures, each claiming another origin: all of them come from 127.0.0.1, which is no
        // configured proxy, so they all count against 127.0.0.1 (the address limit is 20).
        for (int i = 0; i < 20; i++) {
            assertThat(attacker.signIn("nobody-" + i + "-" + f.agencyId() + "@xff.test", "guess",
                    "X-Forwarded-For", "203.0.113." + (i + 1))).endsWith("/login?error");
        }
        assertThat(attacker.signIn(f.owner(), Fixtures.PASSWORD, "X-Forwarded-For", "198.51.100.1"))
                .contains("/login?throttled=");
    }

    @Test
    void onlyTheLivenessAndReadinessProbesAnswerAndWithoutDetails() {
        WebClient anonymous = new WebClient(port);
        for (String probe : List.of("actuator/health/liveness", "actuator/health/readiness")) {
            HttpResponse<String> response = anonymous.get(probe);
            assertThat(response.statusCode()).as(probe).isEqualTo(200);
            assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
        }
        for (String other : List.of("actuator", "actuator/health", "actuator/env", "actuator/beans",
                "actuator/info", "actuator/metrics", "actuator/health/db")) {
            HttpResponse<String> response = anonymous.get(other);
            assertThat(response.statusCode()).as(other).isNotEqualTo(200);
            assertThat(response.body()).as(other).doesNotContain("status", "components");
        }
    }

    private static void assertSecurityHeaders(String path, HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).as(path).hasValue(SecurityConfig.PERMISSIONS_POLICY);
        assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfig.CONTENT_SECURITY_POLICY).contains("frame-ancestors 'none'", "object-src 'none'");
    }
}
