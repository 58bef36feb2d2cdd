package app.goalpost.review.internal;

import app.goalpost.review.PlanSnapshot;
import app.goalpost.review.ReviewDecision;
import app.goalpost.scenario.GoalKind;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A review held in a workspace. Not edited after it is recorded: it is history. */
@Entity
@Table(name = "review")
public class Review extends AgencyOwnedEntity {

    private long workspaceId;
    private LocalDate reviewDate;
    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;
    private @Nullable String notes;
    private long recordedBy;
    private String recordedByName;
    private Instant recordedAt;
    private @Nullable Long sessionId;
    private @Nullable Long afterBaselineId;
    private @Nullable Long beforeScenarioId;
    private @Nullable String beforeName;
    @Enumerated(EnumType.STRING)
    private @Nullable GoalKind beforeGoalKind;
    private @Nullable String beforeGoalStage;
    private @Nullable BigDecimal beforeGoalAmount;
    private @Nullable Long beforeGoalWhole;
    private @Nullable LocalDate beforePeriodStart;
    private @Nullable LocalDate beforePeriodEnd;
    private @Nullable Long afterScenarioId;
    private @Nullable String afterName;
    @Enumerated(EnumType.STRING)
    private @Nullable GoalKind afterGoalKind;
    private @Nullable String afterGoalStage;
    private @Nullable BigDecimal afterGoalAmount;
    private @Nullable Long afterGoalWhole;
    private @Nullable LocalDate afterPeriodStart;
    private @Nullable LocalDate afterPeriodEnd;

    protected Review() {
    }

    public Review(long workspaceId, LocalDate reviewDate, ReviewDecision decision, @Nullable String notes,
            long recordedBy, String recordedByName, Instant recordedAt) {
        this.workspaceId = workspaceId;
        this.reviewDate = reviewDate;
        this.decision = decision;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** The session it was held in, the plans before and after (targets go to {@link ReviewPlanTarget}). */
    public void record(@Nullable Long session, @Nullable PlanSnapshot before, @Nullable PlanSnapshot after,
            @Nullable Long createdBaselineId) {
        this.sessionId = session;
        this.afterBaselineId = createdBaselineId;
        if (before != null) {
            beforeScenarioId = before.scenarioId();
            beforeName = before.name();
            beforeGoalKind = before.goalKind();
            beforeGoalStage = before.goalStage();
            beforeGoalAmount = before.goalAmount();
            beforeGoalWhole = before.goalWhole();
            beforePeriodStart = before.periodStart();
            beforePeriodEnd = before.periodEnd();
        }
        if (after != null) {
            afterScenarioId = after.scenarioId();
            afterName = after.name();
            afterGoalKind = after.goalKind();
            afterGoalStage = after.goalStage();
            afterGoalAmount = after.goalAmount();
            afterGoalWhole = after.goalWhole();
            afterPeriodStart = after.periodStart();
            afterPeriodEnd = after.periodEnd();
        }
    }

    public Optional<Long> getSessionId() {
        return Optional.ofNullable(sessionId);
    }

    public Optional<Long> getAfterBaselineId() {
        return Optional.ofNullable(afterBaselineId);
    }

    /** The plan before, without its stage targets. */
    public Optional<PlanSnapshot> before() {
        return beforeScenarioId == null ? Optional.empty() : Optional.of(new PlanSnapshot(beforeScenarioId,
                beforeName, beforeGoalKind, beforeGoalStage, beforeGoalAmount, beforeGoalWhole, beforePeriodStart,
                beforePeriodEnd, List.of()));
    }

    /** The plan after, without its stage targets. */
    public Optional<PlanSnapshot> after() {
        return afterScenarioId == null ? Optional.empty() : Optional.of(new PlanSnapshot(afterScenarioId,
                afterName, afterGoalKind, afterGoalStage, afterGoalAmount, afterGoalWhole, afterPeriodStart,
                afterPeriodEnd, List.of()));
    }
}
