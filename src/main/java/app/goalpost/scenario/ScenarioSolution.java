package app.goalpost.scenario;

import app.goalpost.planning.scenario.PlanResult;
import java.util.Optional;

/**
 * A solved scenario. When the goal was rounded to whole units (20.7 → 21 customers), {@code exact} is the same
 * scenario planned for the unrounded target, so that the page can show both and never hide the rounding.
 */
public record ScenarioSolution(PlanResult result, Optional<PlanResult> exact) {
}
