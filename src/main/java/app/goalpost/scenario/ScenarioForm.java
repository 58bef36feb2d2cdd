package app.goalpost.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A goal scenario as the user states it. {@code goalAmount} is a percentage for RELATIVE (15 = +15%), units for
 * ABSOLUTE and money for REVENUE (with {@code dealValue}). {@code steps} are step indices (0 = first stage → second);
 * {@code weights} match them (empty = equal lift); {@code volumeShare} is the volume's share for MIX (0..1).
 */
public record ScenarioForm(String name, long baselineId, GoalKind goalKind, int goalStage, BigDecimal goalAmount,
        Optional<BigDecimal> dealValue, LeverKind leverKind, List<Integer> steps, List<Double> weights,
        double volumeShare, CeilingMode ceilingMode, LocalDate periodStart, LocalDate periodEnd) {

    public ScenarioForm {
        steps = List.copyOf(steps);
        weights = List.copyOf(weights);
    }

    public ScenarioForm withName(String newName) {
        return new ScenarioForm(newName, baselineId, goalKind, goalStage, goalAmount, dealValue, leverKind, steps,
                weights, volumeShare, ceilingMode, periodStart, periodEnd);
    }
}
