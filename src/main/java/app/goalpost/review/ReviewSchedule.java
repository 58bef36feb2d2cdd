package app.goalpost.review;

import app.goalpost.planning.review.ReviewCadence;
import app.goalpost.planning.review.ReviewInput;
import app.goalpost.planning.review.ReviewPolicy;
import app.goalpost.planning.review.ReviewStatus;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Lays a workspace's policy onto its calendar and asks the engine ({@link ReviewCadence}) when the review is due.
 * The engine counts "last review + interval"; this class only chooses where that count starts: the start of the
 * fiscal quarter (or calendar month) the last review was held in, so that quarterly reviews fall on the fiscal
 * quarters whatever day they were held. A review counts for the period it is held in.
 */
public final class ReviewSchedule {

    /** The engine's ad-cost threshold; the workspace's own thresholds decide detection (TriggerRules). */
    private static final double AD_COST_THRESHOLD = ReviewPolicy.quarterly().adCostIncreaseThreshold();

    private ReviewSchedule() {
    }

    /**
     * @param fiscalYearStartMonth 1-12, the workspace's
     * @param reference            the last review's day, or (none yet) the day the workspace was created
     * @param open                 the open triggers, oldest first
     */
    public static ReviewDue evaluate(ReviewPolicySettings policy, int fiscalYearStartMonth, LocalDate reference,
            LocalDate today, List<RecordedTrigger> open) {
        LocalDate from = switch (policy.cadence()) {
            case QUARTERLY -> fiscalQuarterStart(reference, fiscalYearStartMonth);
            case MONTHLY -> reference.withDayOfMonth(1);
            case CUSTOM -> reference;
        };
        ReviewInput input = ReviewInput.of(from, today);
        for (RecordedTrigger t : open) {
            input = switch (t.kind()) {
                case AUDIENCE_CHANGED -> input.withAudienceChanged();
                case BUSINESS_GOAL_CHANGED -> input.withBusinessGoalChanged();
                // a person saying costs rise is not the engine's measured CPA increase: it counts as recorded
                case AD_COSTS_RISING, OTHER -> input.withOtherRecorded();
                // detected with the workspace's own thresholds (TriggerRules), which the engine's single CPA
                // threshold cannot express: a detected trigger brings the review forward like a recorded one
                case CPA_ABOVE_PLAN, KPI_BEHIND -> input.withOtherRecorded();
            };
        }
        ReviewStatus status = ReviewCadence.evaluate(new ReviewPolicy(interval(policy), AD_COST_THRESHOLD), input);
        return new ReviewDue(today, status.scheduledDue(), status.due(), status.dueNow(), status.overdue(),
                ChronoUnit.DAYS.between(today, status.scheduledDue()), open);
    }

    static Period interval(ReviewPolicySettings policy) {
        return switch (policy.cadence()) {
            case QUARTERLY -> Period.ofMonths(3);
            case MONTHLY -> Period.ofMonths(1);
            case CUSTOM -> Period.ofDays(policy.intervalDays());
        };
    }

    /** First day of the fiscal quarter holding {@code date}, for a fiscal year starting on the 1st of the month. */
    static LocalDate fiscalQuarterStart(LocalDate date, int fiscalYearStartMonth) {
        int monthsIntoYear = Math.floorMod(date.getMonthValue() - fiscalYearStartMonth, 12);
        return date.withDayOfMonth(1).minusMonths(monthsIntoYear % 3);
    }
}
