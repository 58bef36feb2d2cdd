package app.goalpost.review.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One stage's whole-unit target of the plan before or after a review, as it was then. */
@Entity
@Table(name = "review_plan_target")
public class ReviewPlanTarget extends AgencyOwnedEntity {

    public enum Side { BEFORE, AFTER }

    private long reviewId;
    @Enumerated(EnumType.STRING)
    private Side side;
    private int sortOrder;
    private String stageName;
    private long wholeUnits;

    protected ReviewPlanTarget() {
    }

    public ReviewPlanTarget(long reviewId, Side side, int sortOrder, String stageName, long wholeUnits) {
        this.reviewId = reviewId;
        this.side = side;
        this.sortOrder = sortOrder;
        this.stageName = stageName;
        this.wholeUnits = wholeUnits;
    }

    public Side getSide() {
        return side;
    }

    public String getStageName() {
        return stageName;
    }

    public long getWholeUnits() {
        return wholeUnits;
    }
}
