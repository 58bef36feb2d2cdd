package app.goalpost.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The webhooks page of a workspace: its endpoints, each with its most recent deliveries (newest first). */
public record WebhookPage(List<Endpoint> endpoints) {

    public WebhookPage {
        endpoints = List.copyOf(endpoints);
    }

    /** An endpoint as staff see it: never its secret. */
    public record Endpoint(EndpointId id, String url, Set<WebhookEvent> events, Instant createdAt,
            List<Delivery> recent) {

        public Endpoint {
            events = Set.copyOf(events);
            recent = List.copyOf(recent);
        }
    }

    /** One delivery with the outcome of its last attempt. */
    public record Delivery(DeliveryId id, String eventType, DeliveryStatus status, int attempts,
            Optional<Integer> responseStatus, Optional<String> responseExcerpt, Optional<String> error,
            Optional<Long> durationMs, Instant createdAt, Optional<Instant> nextAttemptAt,
            Optional<Long> resentFrom) {
    }
}
