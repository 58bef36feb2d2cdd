package app.goalpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.MutableClock;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import app.goalpost.support.WebClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * With the local address configured as a trusted proxy (goalpost.trusted-proxies, as the README describes for a
 * reverse proxy), X-Forwarded-For is believed: each forwarded client has its own address count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native", "goalpost.trusted-proxies=127\\.0\\.0\\.1"})
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
@Tag("persistence")
class TrustedProxyTest {

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void aConfiguredProxysForwardedForIsTheAddressThatCounts() {
        clock.reset();
        jdbc.sql("DELETE FROM throttle_event").update();
        AgencyFixture f = fixtures.agency("proxy");
        WebClient proxy = new WebClient(port);
        for (int i = 0; i < 20; i++) {
            assertThat(proxy.signIn("nobody-" + i + "-" + f.agencyId() + "@proxy.test", "guess",
                    "X-Forwarded-For", "203.0.113.9")).endsWith("/login?error");
        }
        assertThat(proxy.signIn(f.owner(), Fixtures.PASSWORD, "X-Forwarded-For", "203.0.113.9"))
                .contains("/login?throttled=");
        // Another client behind the same proxy is not held by the first one's failures.
        WebClient other = new WebClient(port);
        assertThat(other.signIn(f.owner(), Fixtures.PASSWORD, "X-Forwarded-For", "198.51.100.1"))
                .doesNotContain("login");
    }
}
