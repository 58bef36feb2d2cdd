package app.goalpost.planning.pacing;

import app.goalpost.planning.Message;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * Pacing of one KPI on one date (docs/method.md, step 4). All shares are fractions of the target / period.
 *
 * @param elapsed      (D − start + 1) / days, clamped to [0, 1] (D counted complete)
 * @param actual       cumulative: sum of actuals from start to min(D, end); level: latest value in that range
 *                     (empty when there is none)
 * @param achieved     actual / target
 * @param expected     share expected by D: last year's seasonal share if available, else {@code elapsed}
 * @param pace         achieved / elapsed (the method's pace); empty before start and for level KPIs
 * @param paceVsExpected achieved / expected, the ratio the status is judged on (for level KPIs actual / target)
 * @param projection   value expected at period end: straight line actual / elapsed for cumulative KPIs, the
 *                     current value for level KPIs; empty without actuals
 */
public record PacingResult(Kpi kpi, LocalDate date, double elapsed, OptionalDouble actual, double achieved,
                           double expected, boolean seasonal, OptionalDouble pace, OptionalDouble paceVsExpected,
                           PacingStatus status, OptionalDouble projection) {

    /** Projection as a share of the target. */
    public OptionalDouble projectionShare() {
        return projection.isPresent() ? OptionalDouble.of(projection.getAsDouble() / kpi.target()) : projection;
    }

    public boolean noActuals() {
        return status == PacingStatus.NO_DATA;
    }

    /** "{0}: {1} of the goal with {2} of the period elapsed." or the no-actuals message. */
    public Message message() {
        return noActuals() ? Message.of("pacing.noActuals", kpi.name())
                : Message.of("pacing.summary", kpi.name(), achieved, elapsed);
    }
}
