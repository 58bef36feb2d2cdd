package app.goalpost.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The timer of {@link WebhookWorker}: {@code goalpost.webhooks.poll-interval} (default 15 s) between delivery
 * rounds, {@code goalpost.webhooks.review-check-interval} (default 15 min) between review-due checks. Off with
 * {@code goalpost.webhooks.schedule.enabled=false} (the tests, which call the worker themselves).
 */
@Component
@ConditionalOnProperty(name = "goalpost.webhooks.schedule.enabled", havingValue = "true", matchIfMissing = true)
class WebhookSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSchedule.class);

    private final WebhookWorker worker;

    WebhookSchedule(WebhookWorker worker) {
        this.worker = worker;
    }

    @Scheduled(fixedDelayString = "${goalpost.webhooks.poll-interval:PT15S}",
            initialDelayString = "${goalpost.webhooks.poll-interval:PT15S}")
    void deliver() {
        try {
            worker.deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery round failed; the next round retries", e);
        }
    }

    @Scheduled(fixedDelayString = "${goalpost.webhooks.review-check-interval:PT15M}",
            initialDelayString = "PT1M")
    void checkReviews() {
        try {
            worker.checkReviewsDue();
        } catch (RuntimeException e) {
            LOG.warn("Review-due check failed; the next round retries", e);
        }
    }
}
