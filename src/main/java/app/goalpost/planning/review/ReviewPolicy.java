package app.goalpost.planning.review;

import java.time.Period;
import java.util.Objects;

/**
 * How often goals are reviewed (docs/method.md, step 5: at least quarterly) and when ad costs force an early review.
 *
 * @param adCostIncreaseThreshold relative CPA increase versus baseline that triggers a review (0.20 = +20%)
 */
public record ReviewPolicy(Period interval, double adCostIncreaseThreshold) {

    public ReviewPolicy {
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive: " + interval);
        }
        if (!(adCostIncreaseThreshold > 0) || !Double.isFinite(adCostIncreaseThreshold)) {
            throw new IllegalArgumentException("threshold must be > 0: " + adCostIncreaseThreshold);
        }
    }

    /** Every 3 months, and when CPA is up 20% or more. */
    public static ReviewPolicy quarterly() {
        return new ReviewPolicy(Period.ofMonths(3), 0.20);
    }
}
