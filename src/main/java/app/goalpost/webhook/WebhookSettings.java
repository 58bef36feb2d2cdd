package app.goalpost.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code goalpost.webhooks.*}. The worker's schedule itself ({@code poll-interval}, {@code review-check-interval},
 * {@code schedule.enabled}) is read by {@link WebhookSchedule}; tests switch the schedule off and call the worker.
 *
 * @param timeout     connect and response timeout of one HTTP call
 * @param lease       how long a node's claim on a delivery holds; longer than the timeout, so a live sender never
 *                    loses its claim, and a crashed node's delivery is taken over after it
 * @param retryDelays wait after the 1st, 2nd, ... failed attempt; when they are used up the delivery fails
 * @param batchSize   deliveries a node takes per agency and round
 */
@ConfigurationProperties("goalpost.webhooks")
public record WebhookSettings(@DefaultValue("PT10S") Duration timeout, @DefaultValue("PT1M") Duration lease,
        @DefaultValue({"PT1M", "PT5M", "PT30M", "PT2H", "PT12H"}) List<Duration> retryDelays,
        @DefaultValue("50") int batchSize) {

    public WebhookSettings {
        retryDelays = List.copyOf(retryDelays);
    }
}
