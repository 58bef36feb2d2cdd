package app.goalpost.planning.scenario;

import app.goalpost.planning.Money;
import java.util.Optional;

/**
 * Extra media spend of a plan = extra top-of-funnel volume × current CPA of the first stage (the method's "extra
 * visitors × cost per visitor"). {@code extraSpend} uses whole extra units (you buy 3,334 visitors, not 3,333.3);
 * {@code extraSpendExact} the exact volume. Negative values are savings (goals below baseline). The spend is
 * unknown (empty) when the first stage has no attributed spend.
 */
public record MediaSpend(boolean noExtraMediaSpend, double extraVolume, long extraVolumeWhole,
                         Optional<Money> costPerUnit, Optional<Money> extraSpend, Optional<Money> extraSpendExact) {

    /** True when the plan buys volume but the first stage has no spend to price it. */
    public boolean unknown() {
        return !noExtraMediaSpend && costPerUnit.isEmpty();
    }
}
