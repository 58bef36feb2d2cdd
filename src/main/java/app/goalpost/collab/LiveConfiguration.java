package app.goalpost.collab;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
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
         * Listens on the channel; when Redis is down at start or later, the container keeps retrying in the
         * background (every few seconds) and the app starts and runs without it.
         */
        @Bean
        RedisMessageListenerContainer liveRedisListener(RedisConnectionFactory connections, RedisLiveBus bus,
                @Value("${goalpost.collab.redis.retry-ms:3000}") long retryMs) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            container.addMessageListener(bus, new ChannelTopic(bus.channel()));
            container.setRecoveryBackoff(new FixedBackOff(retryMs, FixedBackOff.UNLIMITED_ATTEMPTS));
            container.setMaxSubscriptionRegistrationWaitingTime(2000);
            return container;
        }
    }
}
