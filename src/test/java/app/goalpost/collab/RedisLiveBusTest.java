package app.goalpost.collab;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.security.AccountState;
import app.goalpost.security.AgencyRole;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * Two "nodes" (two Spring contexts with the Redis relay, as two app instances have) on the machine's Redis see each
 * other's change and presence events, each delivering its own events once (no echo); with Redis unreachable a node
 * keeps delivering locally and publishing never fails or blocks. The two-node part needs Redis at 127.0.0.1:6379: it is
 * skipped when Redis is unreachable, unless GOALPOST_REQUIRE_REDIS is set (CI), where it fails instead.
 */
class RedisLiveBusTest {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private final List<AnnotationConfigApplicationContext> nodes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(AnnotationConfigApplicationContext::close);
    }

    @Test
    void twoNodesSharingRedisSeeEachOthersEventsAndPresence() throws Exception {
        requireRedis();
        AnnotationConfigApplicationContext node1 = node(6379);
        AnnotationConfigApplicationContext node2 = node(6379);
        long agency = System.nanoTime(); // a workspace of its own on the shared channel
        List<LiveEvent> on1 = new CopyOnWriteArrayList<>();
        List<LiveEvent> on2 = new CopyOnWriteArrayList<>();
        List<LiveEvent> otherWorkspaceOn2 = new CopyOnWriteArrayList<>();
        LiveBus bus1 = node1.getBean(LiveBus.class);
        LiveBus bus2 = node2.getBean(LiveBus.class);
        bus1.subscribe(agency, 1, on1::add);
        bus2.subscribe(agency, 1, on2::add);
        bus2.subscribe(agency, 2, otherWorkspaceOn2::add);
        awaitSubscribed(node1, node2);

        LiveEvent change = new LiveEvent(agency, 1, LiveEvent.Topic.CHANGE, "SCENARIO", 42, 7, null);
        bus1.publish(change);

        assertThat(await(() -> on2.contains(change))).isTrue();
        assertThat(on2).containsExactly(change);
        assertThat(on1).containsExactly(change); // delivered locally at once, its Redis echo ignored
        assertThat(otherWorkspaceOn2).isEmpty();

        // presence across nodes: node 2 learns who is on node 1, and that they left
        PresenceRegistry presence1 = node1.getBean(PresenceRegistry.class);
        PresenceRegistry presence2 = node2.getBean(PresenceRegistry.class);
        PresenceRegistry.Entry nora = presence1.enter(agency, 1, 7, "SCENARIOS", null);
        presence2.watch(agency, 1, () -> { });
        assertThat(await(() -> presence2.present(agency, 1).size() == 1)).isTrue();
        assertThat(presence2.present(agency, 1).getFirst().userId).isEqualTo(7);
        presence1.update(nora, "SCENARIOS", "goal-amount");
        assertThat(await(() -> "goal-amount".equals(presence2.present(agency, 1).getFirst().field))).isTrue();
        presence1.leave(nora);
        assertThat(await(() -> presence2.present(agency, 1).isEmpty())).isTrue();
    }

    @Test
    void withRedisDownANodeStartsDeliversLocallyAndPublishingNeverFails() throws Exception {
        AnnotationConfigApplicationContext node = node(closedPort());
        RedisLiveBus bus = node.getBean(RedisLiveBus.class);
        List<LiveEvent> here = new CopyOnWriteArrayList<>();
        bus.subscribe(5, 1, here::add);
        LiveEvent change = new LiveEvent(5, 1, LiveEvent.Topic.CHANGE, "KPI", 1, 1, null);
        bus.publish(new LiveEvent(5, 9, LiveEvent.Topic.CHANGE, "KPI", 1, 1, null)); // warm-up (JSON, thread)

        long start = System.nanoTime();
        bus.publish(change);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(here).containsExactly(change);
        bus.flush();
        assertThat(bus.dropped()).isEqualTo(2);
    }

    /** One app node's live machinery: the Redis relay as the app configures it, and the presence registry. */
    private AnnotationConfigApplicationContext node(int port) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.getBeanFactory().setConversionService(
                org.springframework.boot.convert.ApplicationConversionService.getSharedInstance());
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("node",
                Map.of(LiveConfiguration.REDIS_ENABLED, "true", "redisPort", port,
                        "goalpost.collab.redis.channel", "goalpost:live:test", "goalpost.collab.redis.retry-ms", 200)));
        context.register(Node.class);
        context.refresh();
        nodes.add(context);
        return context;
    }

    @Configuration(proxyBeanMethods = false)
    @Import({LiveConfiguration.class, PresenceRegistry.class})
    static class Node {

        @Bean(destroyMethod = "destroy")
        LettuceConnectionFactory redisConnectionFactory(org.springframework.core.env.Environment env) {
            RedisStandaloneConfiguration server = new RedisStandaloneConfiguration("127.0.0.1",
                    env.getRequiredProperty("redisPort", Integer.class));
            LettuceConnectionFactory factory = new LettuceConnectionFactory(server,
                    LettuceClientConfiguration.builder().commandTimeout(Duration.ofSeconds(2)).build());
            factory.afterPropertiesSet();
            factory.start();
            return factory;
        }

        @Bean
        AccountState accounts() {
            return userId -> Optional.of(AgencyRole.MANAGER);
        }

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }
    }

    private static void awaitSubscribed(AnnotationConfigApplicationContext... contexts) throws InterruptedException {
        for (AnnotationConfigApplicationContext c : contexts) {
            var container = c.getBean(org.springframework.data.redis.listener.RedisMessageListenerContainer.class);
            long end = System.nanoTime() + Duration.ofSeconds(20).toNanos(); // the subscription is retried every 200 ms
            while (!container.isListening() && System.nanoTime() < end) {
                Thread.sleep(20);
            }
            assertThat(container.isListening()).isTrue();
        }
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(10);
        }
        return condition.getAsBoolean();
    }

    private static void requireRedis() {
        boolean reachable;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 500);
            reachable = true;
        } catch (IOException e) {
            reachable = false;
        }
        if (!reachable && System.getenv("GOALPOST_REQUIRE_REDIS") != null) {
            throw new AssertionError("GOALPOST_REQUIRE_REDIS is set but Redis at 127.0.0.1:6379 is unreachable");
        }
        Assumptions.assumeTrue(reachable, "Redis at 127.0.0.1:6379 is unreachable (set GOALPOST_REQUIRE_REDIS to fail)");
    }

    private static int closedPort() throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort(); // closed again when this returns: nothing listens there
        }
    }
}
