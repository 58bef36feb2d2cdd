package app.goalpost.planning.scenario;

import app.goalpost.planning.Units;
import java.util.OptionalDouble;

/** One stage of a plan: baseline and planned volume (exact; {@link #plannedWhole()} rounds up for display). */
public record StagePlan(int index, String name, double baselineVolume, double plannedVolume) {

    public double delta() {
        return plannedVolume - baselineVolume;
    }

    public long plannedWhole() {
        return Units.ceilWhole(plannedVolume);
    }

    /** planned / baseline − 1; empty when the baseline is 0. */
    public OptionalDouble relativeChange() {
        return baselineVolume == 0 ? OptionalDouble.empty() : OptionalDouble.of(plannedVolume / baselineVolume - 1);
    }
}
