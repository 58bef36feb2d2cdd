package app.goalpost.review.internal;

import app.goalpost.review.TriggerKind;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reason to review recorded by a person; open until a review closes it. */
@Entity
@Table(name = "review_trigger")
public class ReviewTrigger extends AgencyOwnedEntity {

    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private TriggerKind kind;
    private @Nullable String reason;
    private long raisedBy;
    private String raisedByName;
    private Instant raisedAt;
    private @Nullable Long closedByReviewId;

    protected ReviewTrigger() {
    }

    public ReviewTrigger(long workspaceId, TriggerKind kind, @Nullable String reason, long raisedBy,
            String raisedByName, Instant raisedAt) {
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.reason = reason;
        this.raisedBy = raisedBy;
        this.raisedByName = raisedByName;
        this.raisedAt = raisedAt;
    }

    public void closeBy(long reviewId) {
        this.closedByReviewId = reviewId;
    }

    public TriggerKind getKind() {
        return kind;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public String getRaisedByName() {
        return raisedByName;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public @Nullable Long getClosedByReviewId() {
        return closedByReviewId;
    }
}
