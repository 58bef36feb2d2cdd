package app.goalpost.review;

import app.goalpost.scenario.GoalKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan of record as a review found or left it, captured at that time (the scenario may be edited later; the record
 * must still say what was decided).
 *
 * @param goalAmount as typed: a percentage for RELATIVE, units for ABSOLUTE, money for REVENUE
 * @param goalWhole  the whole-unit target of the goal stage it meant on its baseline
 * @param targets    the whole-unit target of every stage, in stage order
 */
public record PlanSnapshot(long scenarioId, String name, GoalKind goalKind, String goalStage, BigDecimal goalAmount,
        long goalWhole, LocalDate periodStart, LocalDate periodEnd, List<StageNumber> targets) {

    public PlanSnapshot {
        targets = List.copyOf(targets);
    }

    public PlanSnapshot withTargets(List<StageNumber> list) {
        return new PlanSnapshot(scenarioId, name, goalKind, goalStage, goalAmount, goalWhole, periodStart, periodEnd,
                list);
    }

    public record StageNumber(String stage, long wholeUnits) {
    }
}
