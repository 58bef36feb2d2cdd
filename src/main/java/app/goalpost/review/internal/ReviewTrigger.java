package app.goalpost.review.internal;

import app.goalpost.review.TriggerKind;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A reason to review, recorded by a person or detected from the data (then without a person, with the numbers that
 * made it fire and an open key that is unique while it is open); open until a review closes it.
 */
@Entity
@Table(name = "review_trigger")
public class ReviewTrigger extends AgencyOwnedEntity {

    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private TriggerKind kind;
    private @Nullable String reason;
    private @Nullable Long raisedBy;
    private String raisedByName;
    private Instant raisedAt;
    private @Nullable Long closedByReviewId;
    private @Nullable Long subjectKpiId;
    private @Nullable Long spendKpiId;
    private @Nullable String subjectName;
    private @Nullable String spendName;
    private @Nullable String subjectKey;
    private @Nullable String openKey;
    private @Nullable BigDecimal plannedValue;
    private @Nullable BigDecimal actualValue;
    private @Nullable Integer thresholdPercent;
    private @Nullable Integer streakDays;
    private @Nullable LocalDate conditionSince;
    private @Nullable LocalDate detectedOn;

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

    /** A trigger the data raised: nobody raised it; {@code openKey} stays set until a review closes it. */
    public static ReviewTrigger detected(long workspaceId, TriggerKind kind, String subjectKey, String openKey,
            long subjectKpiId, @Nullable Long spendKpiId, String subjectName, @Nullable String spendName,
            @Nullable BigDecimal planned, @Nullable BigDecimal actual, int thresholdPercent, int days,
            LocalDate since, LocalDate detectedOn, Instant raisedAt) {
        ReviewTrigger t = new ReviewTrigger();
        t.workspaceId = workspaceId;
        t.kind = kind;
        t.raisedByName = "";
        t.raisedAt = raisedAt;
        t.subjectKey = subjectKey;
        t.openKey = openKey;
        t.subjectKpiId = subjectKpiId;
        t.spendKpiId = spendKpiId;
        t.subjectName = subjectName;
        t.spendName = spendName;
        t.plannedValue = planned;
        t.actualValue = actual;
        t.thresholdPercent = thresholdPercent;
        t.streakDays = days;
        t.conditionSince = since;
        t.detectedOn = detectedOn;
        return t;
    }

    /** Closed by a review; a detected trigger frees its open key, so the rule may raise a new one later. */
    public void closeBy(long reviewId) {
        this.closedByReviewId = reviewId;
        this.openKey = null;
    }

    public long getWorkspaceId() {
        return workspaceId;
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

    public @Nullable Long getSubjectKpiId() {
        return subjectKpiId;
    }

    public @Nullable String getSubjectName() {
        return subjectName;
    }

    public @Nullable String getSpendName() {
        return spendName;
    }

    public @Nullable String getOpenKey() {
        return openKey;
    }

    public @Nullable BigDecimal getPlannedValue() {
        return plannedValue;
    }

    public @Nullable BigDecimal getActualValue() {
        return actualValue;
    }

    public @Nullable Integer getThresholdPercent() {
        return thresholdPercent;
    }

    public @Nullable Integer getStreakDays() {
        return streakDays;
    }

    public @Nullable LocalDate getConditionSince() {
        return conditionSince;
    }

    public @Nullable LocalDate getDetectedOn() {
        return detectedOn;
    }
}
