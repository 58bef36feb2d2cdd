package app.goalpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The counters live in the database: two nodes share one limit, not one each; old events are removed. */
@IntegrationTest
class ThrottleStoreTest {

    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    LoginThrottle nodeA;
    LoginThrottle nodeB;
    String account;

    @BeforeEach
    void twoNodes() {
        clock.reset();
        // Two application nodes: each its own store (own cache) over the one database.
        nodeA = new LoginThrottle(new ThrottleStore(jdbc, clock, Duration.ofDays(1), 100), 5, 20, Duration.ofMinutes(15));
        nodeB = new LoginThrottle(new ThrottleStore(jdbc, clock, Duration.ofDays(1), 100), 5, 20, Duration.ofMinutes(15));
        account = "user:" + UUID.randomUUID();
    }

    @Test
    void failuresOnTwoNodesAddUpToOneLimit() {
        for (int i = 0; i < 3; i++) {
            nodeA.recordFailure(account, "10.20.0.1");
        }
        nodeB.recordFailure(account, "10.20.0.2");
        assertThat(nodeA.blockedFor(account, "10.20.0.3")).isEmpty();
        assertThat(nodeB.blockedFor(account, "10.20.0.3")).isEmpty();
        nodeB.recordFailure(account, "10.20.0.2");
        assertThat(nodeA.blockedFor(account, "10.20.0.3")).hasValueSatisfying(
                wait -> assertThat(wait).isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15)));
        assertThat(nodeB.blockedFor(account, "10.20.0.3")).isPresent();
        clock.advance(Duration.ofMinutes(16));
        assertThat(nodeA.blockedFor(account, "10.20.0.3")).isEmpty();
        assertThat(nodeB.blockedFor(account, "10.20.0.3")).isEmpty();
    }

    @Test
    void aSuccessOnOneNodeClearsTheAccountForTheOther() {
        for (int i = 0; i < 4; i++) {
            nodeA.recordFailure(account, "10.21.0.1");
        }
        nodeB.recordSuccess(account);
        nodeA.recordFailure(account, "10.21.0.1");
        assertThat(nodeA.blockedFor(account, "10.21.0.9")).isEmpty();
    }

    @Test
    void eventsOlderThanTheRetentionAreRemoved() {
        nodeA.recordFailure(account, "10.22.0.1");
        String bucket = ThrottleStore.hash("sign-in:account:" + account);
        assertThat(count(bucket)).isEqualTo(1);
        clock.advance(Duration.ofDays(2));
        nodeB.recordFailure("user:" + UUID.randomUUID(), "10.22.0.2");
        assertThat(count(bucket)).isZero();
    }

    private long count(String bucket) {
        return jdbc.sql("SELECT COUNT(*) FROM throttle_event WHERE bucket_hash = ?").param(bucket).query(Long.class)
                .single();
    }
}
