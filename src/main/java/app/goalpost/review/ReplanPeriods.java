package app.goalpost.review;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.planning.funnel.BaselinePeriods.PeriodType;
import java.time.LocalDate;

/**
 * Which days a review's proposed baseline and its new plan cover, on the workspace's fiscal calendar (quarters start on
 * the fiscal year's first month, like the review cadence's {@link ReviewSchedule}). The engine's
 * {@link app.goalpost.planning.funnel.BaselinePeriods} counts calendar quarters; a review plans the client's fiscal
 * quarter, so this shifts them by the fiscal start month.
 *
 * <ul>
 * <li>the new plan covers the period holding the review's day (the quarter or month being steered);</li>
 * <li>previous period (scale-ups): the last complete period before it;</li>
 * <li>same period last year (established): the plan's period a year earlier (seasonality);</li>
 * <li>startups (benchmarks and budget): a review has the startup's own first actuals to offer, which the method says
 * to move to as soon as possible: the previous period, as for a scale-up.</li>
 * </ul>
 */
public final class ReplanPeriods {

    private ReplanPeriods() {
    }

    /** The fiscal quarter (or calendar month) holding {@code day}. */
    public static DateRange periodHolding(PeriodType type, LocalDate day, int fiscalYearStartMonth) {
        LocalDate start = switch (type) {
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> ReviewSchedule.fiscalQuarterStart(day, fiscalYearStartMonth);
        };
        LocalDate end = (type == PeriodType.MONTH ? start.plusMonths(1) : start.plusMonths(3)).minusDays(1);
        return DateRange.of(start, end);
    }

    /** The days whose actuals make the proposed baseline of a plan for {@code planPeriod}. */
    public static DateRange baselineFor(BaselineMethod method, PeriodType type, DateRange planPeriod,
            int fiscalYearStartMonth) {
        return switch (method) {
            case SAME_PERIOD_LAST_YEAR -> planPeriod.minusYears(1);
            case OWN_PREVIOUS_PERIOD, BENCHMARKS_AND_BUDGET ->
                    periodHolding(type, planPeriod.start().minusDays(1), fiscalYearStartMonth);
        };
    }

    /** A plan or baseline of about a month is re-planned month by month; anything longer by fiscal quarter. */
    public static PeriodType typeOf(DateRange period) {
        return period.days() <= 45 ? PeriodType.MONTH : PeriodType.QUARTER;
    }
}
