package app.goalpost.collab;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process bus, unless another {@link LiveBus} (the node-to-node relay) is configured. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    @ConditionalOnMissingBean(LiveBus.class)
    LiveBus localLiveBus() {
        return new LocalLiveBus();
    }
}
