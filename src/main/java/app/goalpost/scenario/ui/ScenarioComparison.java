package app.goalpost.scenario.ui;

import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.scenario.Plan;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioPage;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every scenario of a baseline side by side: one column per scenario next to the baseline, one row per stage
 * (planned whole units), then the goal, the levers and the extra media spend.
 */
class ScenarioComparison extends Grid<ScenarioComparison.Line> {

    record Line(String label, List<String> values) {
    }

    ScenarioComparison(Funnel baseline, List<ScenarioPage.Compared> compared, Locale locale, Currency currency) {
        List<ScenarioData> scenarios = compared.stream().map(ScenarioPage.Compared::scenario).toList();
        Map<Long, PlanResult> results = new HashMap<>();
        compared.forEach(c -> c.solution().ifPresent(s -> results.put(c.scenario().id(), s.result())));
        setId("scenarios-compare");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        setAllRowsVisible(true);
        addColumn(Line::label).setHeader("").setFlexGrow(2).setFrozen(true);
        addColumn(l -> l.values().getFirst()).setHeader(getTranslation("result.baseline"))
                .setTextAlign(ColumnTextAlign.END);
        for (int i = 0; i < scenarios.size(); i++) {
            int column = i + 1;
            ScenarioData s = scenarios.get(i);
            addColumn(l -> l.values().get(column)).setHeader(s.adopted()
                    ? s.name() + " ★ " + getTranslation("scenario.adopted") : s.name())
                    .setTextAlign(ColumnTextAlign.END).setKey("scenario-" + s.id());
        }
        List<Line> lines = new ArrayList<>();
        for (int stage = 0; stage < baseline.size(); stage++) {
            List<String> values = new ArrayList<>();
            values.add(Formats.number(baseline.volume(stage), 1, locale));
            for (ScenarioData s : scenarios) {
                int index = stage;
                values.add(plan(results.get(s.id())).map(p -> Formats.number(p.stages().get(index).plannedWhole(), 0,
                        locale)).orElse("–"));
            }
            lines.add(new Line(baseline.stage(stage).name(), values));
        }
        lines.add(line(getTranslation("result.compare.goal"), "", scenarios, s -> goal(s, baseline, locale)));
        lines.add(line(getTranslation("result.compare.levers"), "", scenarios,
                s -> getTranslation("scenario.leverKind." + s.form().leverKind().name())));
        lines.add(line(getTranslation("result.compare.media"), "", scenarios, s -> plan(results.get(s.id()))
                .map(p -> p.noExtraMediaSpend() ? getTranslation("result.media.none")
                        : p.media().extraSpend().map(m -> Formats.money(m.amount(), currency, locale)).orElse("?"))
                .orElse("–")));
        setItems(lines);
    }

    private static Line line(String label, String baseline, List<ScenarioData> scenarios,
            java.util.function.Function<ScenarioData, String> value) {
        List<String> values = new ArrayList<>();
        values.add(baseline);
        scenarios.forEach(s -> values.add(value.apply(s)));
        return new Line(label, values);
    }

    private String goal(ScenarioData s, Funnel baseline, Locale locale) {
        String stage = baseline.size() > s.form().goalStage() ? baseline.stage(s.form().goalStage()).name() : "?";
        return switch (s.form().goalKind()) {
            case RELATIVE -> (s.form().goalAmount().signum() > 0 ? "+" : "")
                    + Formats.percent(s.form().goalAmount().doubleValue() / 100, 2, locale) + " " + stage;
            case ABSOLUTE -> Formats.number(s.form().goalAmount().doubleValue(), 2, locale) + " " + stage;
            case REVENUE -> Formats.number(s.form().goalAmount().doubleValue(), 2, locale) + " (" + stage + ")";
        };
    }

    /** The plan to compare: the feasible one, or the best feasible alternative of an unreachable goal. */
    static Optional<Plan> plan(PlanResult result) {
        if (result == null) {
            return Optional.empty();
        }
        return switch (result) {
            case PlanResult.Feasible(Plan p) -> Optional.of(p);
            case PlanResult.Infeasible i -> i.alternative();
        };
    }
}
