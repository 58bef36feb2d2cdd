package app.goalpost.planning.scenario;

import app.goalpost.planning.Message;

/**
 * Why a strategy cannot reach the target. {@code step} is the step index, or −1 for the top-of-funnel volume /
 * the goal stage itself. {@code required} and {@code ceiling} are rates (fractions) for ABOVE_CEILING, else 0.
 */
public record Infeasibility(Reason reason, int step, double required, double ceiling, Message message) {

    public enum Reason {
        /** The goal stage has volume 0 at baseline: nothing to scale. */
        NO_BASELINE_OUTPUT,
        /** The lever has no data or is 0 (rate undefined/zero, or no top-of-funnel volume): it cannot be lifted. */
        LEVER_NO_DATA,
        /** The required rate is above 100% or above the user's ceiling. */
        ABOVE_CEILING
    }
}
