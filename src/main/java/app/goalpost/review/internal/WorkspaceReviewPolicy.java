package app.goalpost.review.internal;

import app.goalpost.review.ReviewCadenceKind;
import app.goalpost.review.ReviewPolicySettings;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A workspace's saved review policy; a workspace without one uses {@link ReviewPolicySettings#defaults()}. */
@Entity
@Table(name = "review_policy")
public class WorkspaceReviewPolicy extends AgencyOwnedEntity {

    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private ReviewCadenceKind cadence;
    private Integer intervalDays;
    private Instant updatedAt;

    protected WorkspaceReviewPolicy() {
    }

    public WorkspaceReviewPolicy(long workspaceId, ReviewPolicySettings settings, Instant now) {
        this.workspaceId = workspaceId;
        apply(settings, now);
    }

    public final void apply(ReviewPolicySettings settings, Instant now) {
        this.cadence = settings.cadence();
        this.intervalDays = settings.cadence() == ReviewCadenceKind.CUSTOM ? settings.intervalDays() : null;
        this.updatedAt = now;
    }

    public ReviewPolicySettings settings() {
        return new ReviewPolicySettings(cadence, intervalDays == null ? 0 : intervalDays);
    }

    public long getWorkspaceId() {
        return workspaceId;
    }
}
