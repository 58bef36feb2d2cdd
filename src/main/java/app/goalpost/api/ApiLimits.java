package app.goalpost.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the API ({@code goalpost.api.*}): rows per push, bytes per request, requests per token and window.
 * The rate counters live in the database ({@code ThrottleStore}), so every node counts the same requests.
 */
@ConfigurationProperties("goalpost.api")
record ApiLimits(@DefaultValue("10000") int maxRows, @DefaultValue("4194304") long maxRequestBytes,
        @DefaultValue("300") int rateLimit, @DefaultValue("PT1M") Duration rateWindow) {
}
