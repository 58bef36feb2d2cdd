package app.goalpost.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A batch of actuals pushed by a script ({@link ActualsService#push}): each row names its KPI by id or by key
 * ({@link KpiKeys}), a day and a value. Idempotent: one value per KPI and day, a row equal to the stored value
 * changes nothing.
 */
public final class ActualsBatch {

    private ActualsBatch() {
    }

    /** One row as the caller sent it; {@code row} is its 0-based position in the request. */
    public record Row(int row, Optional<KpiId> kpiId, Optional<String> kpiKey, LocalDate date, BigDecimal value) {

        public Row {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(value, "value");
        }
    }

    public enum Outcome {
        CREATED, REPLACED, UNCHANGED
    }

    public record RowResult(int row, long kpiId, LocalDate date, Outcome outcome) {
    }

    /** What is wrong with a row: the field ({@code kpi}, {@code date}, {@code value}), a code and a sentence. */
    public record RowError(int row, String field, String code, String detail) {
    }

    /** The rows' outcomes when written; the errors (and nothing written) otherwise. */
    public record Result(List<RowResult> rows, List<RowError> errors, boolean written) {

        public Result {
            rows = List.copyOf(rows);
            errors = List.copyOf(errors);
        }

        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }
}
