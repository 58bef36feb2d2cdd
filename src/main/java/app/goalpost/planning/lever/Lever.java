package app.goalpost.planning.lever;

import app.goalpost.planning.Rate;
import app.goalpost.planning.Money;
import app.goalpost.planning.benchmark.BenchmarkRate;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One conversion step seen as a growth lever.
 *
 * @param lostShare              1 − rate ("75% of leads are not qualified"); 0 for rates above 100%; empty without data
 * @param gapToMedian            benchmark median − rate, as a fraction (percentage points); empty without benchmark
 * @param extraOutputAtMedian    extra last-stage volume if this rate reached the median, others held (0 at/above)
 * @param costViaVolume          what the same extra output costs as extra top-of-funnel volume at the first stage's
 *                               current CPA; empty when unknown (no first-stage spend) or no headroom figure
 * @param marketingInfluenced    false for sales-owned steps (from sql or opportunity), true otherwise (incl. unkeyed)
 * @param rank                   1 = strongest lever (see {@link LeverAnalysis} for the rule)
 */
public record Lever(int step, String from, String to, Rate rate, OptionalDouble lostShare,
                    Optional<BenchmarkRate> benchmark, Position position, OptionalDouble gapToMedian,
                    OptionalDouble extraOutputAtMedian, Optional<Money> costViaVolume, boolean marketingInfluenced,
                    int tier, int rank) {

    Lever withRank(int newRank) {
        return new Lever(step, from, to, rate, lostShare, benchmark, position, gapToMedian, extraOutputAtMedian,
                costViaVolume, marketingInfluenced, tier, newRank);
    }
}
