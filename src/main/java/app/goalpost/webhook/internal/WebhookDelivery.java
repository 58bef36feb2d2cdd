package app.goalpost.webhook.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import app.goalpost.webhook.DeliveryStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One event for one endpoint: a row of the outbox, stored before anything is sent. Keeps the exact body (so a
 * re-send sends the same bytes), where the delivery stands, and the outcome of the last attempt.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends AgencyOwnedEntity {

    private long workspaceId;
    private long endpointId;
    private String eventId;
    private String eventType;
    private String payload;
    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;
    private int attempts;
    private @Nullable Instant nextAttemptAt;
    private @Nullable String claimedBy;
    private @Nullable Instant leaseUntil;
    private @Nullable Instant lastAttemptAt;
    private @Nullable Integer responseStatus;
    private @Nullable String responseExcerpt;
    private @Nullable String error;
    private @Nullable Long durationMs;
    private @Nullable Long resentFrom;
    private Instant createdAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long workspaceId, long endpointId, String eventId, String eventType, String payload,
            Instant createdAt) {
        this.workspaceId = workspaceId;
        this.endpointId = endpointId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = createdAt;
        this.createdAt = createdAt;
    }

    /** A new delivery of the same event and body to the same endpoint, due now. */
    public WebhookDelivery resend(Instant now) {
        WebhookDelivery copy = new WebhookDelivery(workspaceId, endpointId, eventId, eventType, payload, now);
        copy.resentFrom = getId();
        return copy;
    }

    /**
     * Records one attempt and releases the claim: success ends it, a failure schedules the next attempt or, with
     * no retry left ({@code retryAt} null), fails it for good.
     */
    public void recordAttempt(Instant at, boolean success, @Nullable Integer status, @Nullable String excerpt,
            @Nullable String error, long durationMs, @Nullable Instant retryAt) {
        this.attempts++;
        this.lastAttemptAt = at;
        this.responseStatus = status;
        this.responseExcerpt = excerpt;
        this.error = error;
        this.durationMs = durationMs;
        this.claimedBy = null;
        this.leaseUntil = null;
        if (success) {
            this.status = DeliveryStatus.SUCCEEDED;
            this.nextAttemptAt = null;
        } else if (retryAt == null) {
            this.status = DeliveryStatus.FAILED;
            this.nextAttemptAt = null;
        } else {
            this.status = DeliveryStatus.PENDING;
            this.nextAttemptAt = retryAt;
        }
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public long getEndpointId() {
        return endpointId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getPayload() {
        return payload;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getClaimedBy() {
        return claimedBy;
    }

    public @Nullable Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public @Nullable Integer getResponseStatus() {
        return responseStatus;
    }

    public @Nullable String getResponseExcerpt() {
        return responseExcerpt;
    }

    public @Nullable String getError() {
        return error;
    }

    public @Nullable Long getDurationMs() {
        return durationMs;
    }

    public @Nullable Long getResentFrom() {
        return resentFrom;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
