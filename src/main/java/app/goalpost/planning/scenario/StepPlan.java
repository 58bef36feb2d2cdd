package app.goalpost.planning.scenario;

import app.goalpost.planning.Rate;

/**
 * One conversion step of a plan. {@code multiplier} is planned / baseline rate (1 when the step holds).
 * {@code ceiling} is the effective ceiling that was checked for this step.
 */
public record StepPlan(int step, String from, String to, Rate baselineRate, Rate plannedRate, double multiplier,
                       boolean changed, double ceiling) {

    /** Change in percentage points as a fraction (0.03 → 0.035 gives 0.005); 0 when undefined. */
    public double changePoints() {
        return baselineRate.isDefined() && plannedRate.isDefined() ? plannedRate.value() - baselineRate.value() : 0;
    }
}
