package app.goalpost.funnel;

import app.goalpost.planning.Money;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** A baseline with its rows in stage order, and the version to send back when saving. */
public record BaselineData(long id, long workspaceId, String name, BaselineMethod method, LocalDate periodStart,
        LocalDate periodEnd, boolean current, Optional<String> benchmarkSet, Optional<BigDecimal> budget,
        long version, List<BaselineRow> rows) {

    public BaselineData {
        rows = List.copyOf(rows);
    }

    /** The baseline as the planning engine's funnel; spend in the workspace currency. Empty without stages. */
    public Optional<Funnel> funnel(Currency currency) {
        return funnelOf(rows, currency);
    }

    public static Optional<Funnel> funnelOf(List<BaselineRow> rows, Currency currency) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Funnel(rows.stream().map(r -> {
            Stage s = new Stage(r.stageName(), r.stageKey(), r.volume().doubleValue(), Optional.empty());
            return r.spend().map(sp -> s.withSpend(Money.of(sp, currency))).orElse(s);
        }).toList()));
    }

    public BaselineForm toForm() {
        return new BaselineForm(name, method, periodStart, periodEnd, benchmarkSet, budget, rows);
    }

    public BaselineSummary summary() {
        return new BaselineSummary(id, name, method, periodStart, periodEnd, current);
    }
}
