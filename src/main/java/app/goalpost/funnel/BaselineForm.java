package app.goalpost.funnel;

import app.goalpost.planning.funnel.BaselineMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a user saves for a baseline: header and one row per stage (rows for stages not listed are saved as 0).
 * {@code benchmarkSet} and {@code budget} record where a benchmark + budget baseline came from.
 */
public record BaselineForm(String name, BaselineMethod method, LocalDate periodStart, LocalDate periodEnd,
        Optional<String> benchmarkSet, Optional<BigDecimal> budget, List<BaselineRow> rows) {

    public BaselineForm {
        rows = List.copyOf(rows);
    }
}
