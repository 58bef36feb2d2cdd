package app.goalpost.kpi;

import app.goalpost.planning.pacing.Kpi;

/**
 * What a KPI measures, which decides how its status reads. It follows from what the KPI already stores, so no
 * column can disagree with the rule the engine applies: money summed over a period where lower is better is a
 * budget (spend: "on budget", "over budget"); a level where lower is better is a cost (a CPA: "on target",
 * "above target"); everything else is an outcome to reach ("ahead", "on track", "behind").
 */
public enum KpiKind {
    OUTCOME, COST, BUDGET;

    public static KpiKind of(Kpi.Unit unit, Kpi.Direction direction, Kpi.Aggregation aggregation) {
        if (direction != Kpi.Direction.LOWER_IS_BETTER) {
            return OUTCOME;
        }
        if (aggregation == Kpi.Aggregation.LEVEL) {
            return COST;
        }
        return unit == Kpi.Unit.MONEY ? BUDGET : OUTCOME;
    }
}
