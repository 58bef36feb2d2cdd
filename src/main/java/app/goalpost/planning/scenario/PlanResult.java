package app.goalpost.planning.scenario;

import java.util.List;
import java.util.Optional;

/** Outcome of back-planning: a feasible plan, or the reasons it is not and the best feasible alternative. */
public sealed interface PlanResult {

    Target target();

    record Feasible(Plan plan) implements PlanResult {
        @Override
        public Target target() {
            return plan.target();
        }
    }

    /**
     * @param bestEffort  the most the chosen levers give (empty when a lever has no data)
     * @param alternative a complete plan that reaches the target with the chosen levers as far as they go:
     *                    redistributed rates, or levers at ceiling plus top-of-funnel volume (empty when impossible)
     */
    record Infeasible(Target target, Strategy strategy, List<Infeasibility> reasons, Optional<Shortfall> bestEffort,
                      Optional<Plan> alternative) implements PlanResult {
        public Infeasible {
            reasons = List.copyOf(reasons);
        }
    }

    default boolean feasible() {
        return this instanceof Feasible;
    }
}
