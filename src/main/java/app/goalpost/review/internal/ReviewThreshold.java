package app.goalpost.review.internal;

import app.goalpost.review.DetectionThresholds;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A workspace's saved detection thresholds; a workspace without one uses {@link DetectionThresholds#defaults()}. */
@Entity
@Table(name = "review_threshold")
public class ReviewThreshold extends AgencyOwnedEntity {

    private long workspaceId;
    private int cpaOverPercent;
    private int cpaDays;
    private int behindDays;
    private Instant updatedAt;

    protected ReviewThreshold() {
    }

    public ReviewThreshold(long workspaceId, DetectionThresholds thresholds, Instant now) {
        this.workspaceId = workspaceId;
        apply(thresholds, now);
    }

    public final void apply(DetectionThresholds thresholds, Instant now) {
        this.cpaOverPercent = thresholds.cpaOverPercent();
        this.cpaDays = thresholds.cpaDays();
        this.behindDays = thresholds.behindDays();
        this.updatedAt = now;
    }

    public DetectionThresholds thresholds() {
        return new DetectionThresholds(cpaOverPercent, cpaDays, behindDays);
    }

    public long getWorkspaceId() {
        return workspaceId;
    }
}
