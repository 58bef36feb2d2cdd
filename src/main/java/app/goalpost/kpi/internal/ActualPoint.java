package app.goalpost.kpi.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A read-only actual (JPQL constructor projection): no managed entity, so bulk reads for charts stay cheap. */
public record ActualPoint(long kpiId, LocalDate date, BigDecimal amount) {
}
