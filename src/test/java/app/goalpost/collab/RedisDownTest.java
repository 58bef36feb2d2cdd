package app.goalpost.collab;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.TestClockConfig;
import app.goalpost.support.TestProfiles;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole app with the Redis relay on and Redis unreachable (a closed port): it starts, saves succeed at their
 * usual speed, and this node's open pages still hear them. Only other nodes would miss the events.
 */
@SpringBootTest(properties = {"goalpost.collab.redis.enabled=true", "spring.data.redis.port=1",
        "goalpost.collab.redis.retry-ms=500"})
@ActiveProfiles(resolver = TestProfiles.class)
@Import(TestClockConfig.class)
class RedisDownTest {

    @Autowired Fixtures fixtures;
    @Autowired LiveBus bus;
    @Autowired KpiService kpis;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void savesSucceedAndReachThisNodesPagesWhileRedisIsDown() throws Exception {
        assertThat(bus).isInstanceOf(RedisLiveBus.class);
        AgencyFixture f = fixtures.agency("redisdown");
        List<LiveEvent> heard = new CopyOnWriteArrayList<>();
        bus.subscribe(f.agencyId(), f.ws1(), heard::add);
        fixtures.signIn(f.manager());

        long start = System.nanoTime();
        long id = kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31)));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(kpis.get(f.ws1Id(), new app.goalpost.kpi.KpiId(id)).name()).isEqualTo("Leads");
        assertThat(took).isLessThan(Duration.ofSeconds(1)); // never waits for the 2 s Redis timeout
        assertThat(heard).extracting(LiveEvent::subjectId).containsExactly(id);
        ((RedisLiveBus) bus).flush();
        assertThat(((RedisLiveBus) bus).dropped()).isPositive();
    }
}
