package app.goalpost.collab;

import org.springframework.beans.factory.annotation.Value;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Which {@link LiveBus} this node uses. One rule: {@code goalpost.collab.redis.enabled=true} relays through Redis
 * pub/sub (connection from Spring's {@code spring.data.redis.*}); anything else (the default) keeps events in this
 * process, which is all a single node needs.
 */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    static final String REDIS_ENABLED = "goalpost.collab.redis.enabled";

    @Bean
    @ConditionalOnProperty(name = REDIS_ENABLED, havingValue = "false", matchIfMissing = true)
    LiveBus localLiveBus() {
        return new LocalLiveBus();
    }

    static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " caused by " + root;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = REDIS_ENABLED, havingValue = "true")
    static class RedisRelay {

        @Bean
        RedisLiveBus redisLiveBus(RedisConnectionFactory connections,
                @Value("${goalpost.collab.redis.channel:goalpost:live}") String channel,
                @Value("${goalpost.collab.redis.queue-capacity:10000}") int queueCapacity) {
            return new RedisLiveBus(new LocalLiveBus(), new StringRedisTemplate(connections), channel, queueCapacity);
        }

        /**
         * Listens on the channel. Started off the start-up path: when Redis is down at start, the app starts
         * anyway and the subscription is retried in the background; once subscribed, the container itself
         * recovers from later outages (same back-off).
         */
        @Bean
        RedisMessageListenerContainer liveRedisListener(RedisConnectionFactory connections, RedisLiveBus bus,
                @Value("${goalpost.collab.redis.retry-ms:3000}") long retryMs) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            container.addMessageListener(bus, new ChannelTopic(bus.channel()));
            container.setRecoveryBackoff(new FixedBackOff(retryMs, FixedBackOff.UNLIMITED_ATTEMPTS));
            container.setMaxSubscriptionRegistrationWaitingTime(2000);
            container.setAutoStartup(false);
            return container;
        }

        @Bean
        SmartLifecycle liveRedisListenerStarter(RedisMessageListenerContainer container,
                RedisConnectionFactory connections, @Value("${goalpost.collab.redis.retry-ms:3000}") long retryMs) {
            return new SmartLifecycle() {
                private volatile boolean running;
                private @Nullable Thread starter;

                @Override
                public void start() {
                    running = true;
                    Thread t = new Thread(() -> {
                        boolean warned = false;
                        while (running && !container.isRunning()) {
                            try {
                                // the container is started once Redis answers: a start that fails half-way
                                // would leave it stuck
                                try (var connection = connections.getConnection()) {
                                    connection.ping();
                                }
                                container.start();
                            } catch (RuntimeException e) {
                                if (!warned) {
                                    LoggerFactory.getLogger(LiveConfiguration.class).warn("Redis is unreachable:"
                                            + " live events from other nodes will not arrive until it is back ({})",
                                            rootCause(e));
                                    warned = true;
                                }
                                try {
                                    Thread.sleep(retryMs);
                                } catch (InterruptedException stop) {
                                    return;
                                }
                            }
                        }
                    }, "goalpost-live-redis-subscribe");
                    t.setDaemon(true);
                    starter = t;
                    t.start();
                }

                @Override
                public void stop() {
                    running = false;
                    Thread t = starter;
                    if (t != null) {
                        t.interrupt();
                    }
                    if (container.isRunning()) {
                        container.stop();
                    }
                }

                @Override
                public boolean isRunning() {
                    return running;
                }
            };
        }
    }
}
