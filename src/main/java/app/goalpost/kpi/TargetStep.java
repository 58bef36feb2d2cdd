package app.goalpost.kpi;

import app.goalpost.history.RevisionSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A recorded change of a KPI's target, as its chart marks it: from which of the client's days the new target
 * holds, old and new target, who (empty: the API or the system) and why (for {@link RevisionSource#PLAN}, the
 * adopted scenario's name).
 */
public record TargetStep(LocalDate day, BigDecimal before, BigDecimal after, Optional<String> by, String reason,
        RevisionSource source) {
}
