package app.goalpost.collab;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bus between app nodes: every event is delivered to this node's subscribers at once (on the publishing thread,
 * as the in-process bus does) and sent to a Redis pub/sub channel as JSON of the small record; events received from
 * the channel are delivered to this node's subscribers, except this node's own echo.
 * <p>
 * Redis is never on the saving path: events leave through one background thread with a bounded queue, so a save
 * neither waits for Redis nor fails when it is down. When Redis is unreachable, events to other nodes (changes and
 * presence) are dropped and counted; local delivery goes on (docs/decisions/0015-live-workspace-push-and-redis.md).
 */
final class RedisLiveBus implements LiveBus, MessageListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RedisLiveBus.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What travels on the channel: the event and the node that sent it (to skip its own echo). */
    record Wire(String node, LiveEvent event) {
    }

    private final LocalLiveBus local;
    private final StringRedisTemplate redis;
    private final String channel;
    private final String node = UUID.randomUUID().toString();
    private final ThreadPoolExecutor sender;
    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();

    RedisLiveBus(LocalLiveBus local, StringRedisTemplate redis, String channel, int queueCapacity) {
        this.local = local;
        this.redis = redis;
        this.channel = channel;
        this.sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity),
                r -> {
                    Thread t = new Thread(r, "goalpost-live-redis");
                    t.setDaemon(true);
                    return t;
                }, (r, executor) -> dropped.incrementAndGet());
    }

    @Override
    public void publish(LiveEvent event) {
        local.deliver(event);
        String json = JSON.writeValueAsString(new Wire(node, event));
        sender.execute(() -> send(json));
    }

    private void send(String json) {
        try {
            redis.convertAndSend(channel, json);
            if (down.compareAndSet(true, false)) {
                log.info("Redis is reachable again: live events reach the other nodes ({} were dropped)",
                        dropped.get());
            }
        } catch (RuntimeException e) {
            dropped.incrementAndGet();
            if (down.compareAndSet(false, true)) {
                log.warn("Redis is unreachable: live events no longer reach the other nodes (saves and this node's"
                        + " pages are unaffected): {}", e.toString());
            }
        }
    }

    @Override
    public void onMessage(Message message, byte @Nullable [] pattern) {
        Wire wire;
        try {
            wire = JSON.readValue(new String(message.getBody(), StandardCharsets.UTF_8), Wire.class);
        } catch (RuntimeException e) {
            log.debug("Ignored a malformed live event on {}", channel, e);
            return;
        }
        if (wire.node() == null || wire.event() == null || wire.event().topic() == null || wire.event().what() == null
                || node.equals(wire.node())) {
            return;
        }
        local.deliver(wire.event());
    }

    @Override
    public Subscription subscribe(long agencyId, long workspaceId, Listener listener) {
        return local.subscribe(agencyId, workspaceId, listener);
    }

    /** Events that did not leave for the other nodes (Redis down or the queue full). */
    long dropped() {
        return dropped.get();
    }

    /** Waits until what was published so far has been handed to Redis (tests and benchmarks). */
    void flush() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        sender.execute(done::countDown);
        done.await(10, TimeUnit.SECONDS);
    }

    String channel() {
        return channel;
    }

    @Override
    public void destroy() {
        sender.shutdownNow();
    }
}
