package app.goalpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.WebClient;
import app.goalpost.support.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * From a configured proxy (goalpost.trusted-proxies; 127.0.0.2 in {@link WebTest}, as the README describes for
 * a reverse proxy), X-Forwarded-For is believed: each forwarded client has its own address count.
 */
@WebTest
class TrustedProxyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;
    @Autowired ThrottleStore throttleStore;

    @Test
    void aConfiguredProxysForwardedForIsTheAddressThatCounts() {
        clock.reset();
        jdbc.sql("DELETE FROM throttle_event").update();
        throttleStore.clear(LoginThrottle.addressKey("203.0.113.9"));
        AgencyFixture f = fixtures.agency("proxy");
        WebClient proxy = new WebClient(port, "127.0.0.2");
        for (int i = 0; i < 20; i++) {
            assertThat(proxy.signIn("nobody-" + i + "-" + f.agencyId() + "@proxy.test", "guess",
                    "X-Forwarded-For", "203.0.113.9")).endsWith("/login?error");
        }
        assertThat(proxy.signIn(f.owner(), Fixtures.PASSWORD, "X-Forwarded-For", "203.0.113.9"))
                .contains("/login?throttled=");
        // Another client behind the same proxy is not held by the first one's failures, nor is the proxy.
        WebClient other = new WebClient(port, "127.0.0.2");
        assertThat(other.signIn(f.owner(), Fixtures.PASSWORD, "X-Forwarded-For", "198.51.100.1"))
                .doesNotContain("login");
    }
}
