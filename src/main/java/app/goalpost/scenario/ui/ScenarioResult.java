package app.goalpost.scenario.ui;

import app.goalpost.shared.ui.EngineText;
import app.goalpost.planning.Rate;
import app.goalpost.planning.scenario.Plan;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.planning.scenario.StagePlan;
import app.goalpost.planning.scenario.StepPlan;
import app.goalpost.planning.scenario.Target;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.Optional;

/**
 * The solution beside the baseline: per stage volumes (whole and exact), per step rates, the engine's messages
 * (target, changes, media spend), the whole-unit rounding spelled out, and for an unreachable goal the reasons,
 * the most the levers give and the best feasible alternative.
 */
class ScenarioResult extends VerticalLayout {

    private final Locale locale;

    ScenarioResult(Locale locale) {
        this.locale = locale;
        setId("scenario-result");
        setPadding(false);
    }

    /** @param exact the same scenario planned for the unrounded target, to explain the rounding */
    void show(PlanResult result, Optional<PlanResult> exact) {
        removeAll();
        switch (result) {
            case PlanResult.Feasible(Plan plan) -> {
                Paragraph ok = new Paragraph(getTranslation("result.feasible"));
                ok.setId("result-status");
                add(ok);
                plan(plan, exact.filter(PlanResult.Feasible.class::isInstance)
                        .map(r -> ((PlanResult.Feasible) r).plan()));
            }
            case PlanResult.Infeasible infeasible -> {
                Paragraph no = new Paragraph(getTranslation("result.infeasible"));
                no.setId("result-status");
                add(no);
                UnorderedList reasons = new UnorderedList();
                reasons.setId("result-reasons");
                infeasible.reasons().forEach(r -> reasons.add(new ListItem(EngineText.of(this, r.message()))));
                infeasible.bestEffort().ifPresent(s -> reasons.add(new ListItem(EngineText.of(this, s.message()))));
                add(reasons);
                if (infeasible.alternative().isPresent()) {
                    add(new H3(getTranslation("result.alternative")));
                    plan(infeasible.alternative().get(), Optional.empty());
                } else {
                    add(new Paragraph(getTranslation("result.noAlternative")));
                }
            }
        }
    }

    void showMessage(String text) {
        removeAll();
        Paragraph p = new Paragraph(text);
        p.setId("result-status");
        add(p);
    }

    private void plan(Plan plan, Optional<Plan> exactPlan) {
        UnorderedList messages = new UnorderedList();
        messages.setId("result-messages");
        plan.messages().forEach(m -> messages.add(new ListItem(EngineText.of(this, m))));
        rounding(plan, exactPlan).forEach(t -> {
            ListItem item = new ListItem(t);
            item.addClassName("gp-rounding");
            messages.add(item);
        });
        add(messages);

        Grid<StagePlan> stages = new Grid<>();
        stages.setId("result-stages");
        stages.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        stages.setAllRowsVisible(true);
        stages.addColumn(StagePlan::name).setHeader(getTranslation("result.stage")).setFlexGrow(2);
        stages.addColumn(s -> number(s.baselineVolume())).setHeader(getTranslation("result.baseline"))
                .setTextAlign(ColumnTextAlign.END);
        stages.addColumn(s -> number(s.plannedWhole())).setHeader(getTranslation("result.planned"))
                .setTextAlign(ColumnTextAlign.END);
        // "exact" is before rounding to whole units: the goal stage shows the unrounded goal (20.7 customers, as
        // the text says), the other stages what reaching the whole goal takes before rounding (23,333.33 visitors)
        Target goal = plan.target();
        stages.addColumn(s -> Formats.number(s.index() == goal.stage() ? goal.exact().doubleValue()
                : s.plannedVolume(), 2, locale)).setHeader(getTranslation("result.exact"))
                .setTextAlign(ColumnTextAlign.END).setKey("exact");
        stages.addColumn(s -> s.relativeChange().isPresent() ? signedPercent(s.relativeChange().getAsDouble()) : "–")
                .setHeader(getTranslation("result.change")).setTextAlign(ColumnTextAlign.END);
        stages.setItems(plan.stages());

        Grid<StepPlan> steps = new Grid<>();
        steps.setId("result-steps");
        steps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        steps.setAllRowsVisible(true);
        steps.addColumn(s -> s.from() + " → " + s.to()).setHeader(getTranslation("result.step")).setFlexGrow(2);
        steps.addColumn(s -> rate(s.baselineRate())).setHeader(getTranslation("result.rateBaseline"))
                .setTextAlign(ColumnTextAlign.END);
        steps.addColumn(s -> rate(s.plannedRate()) + (s.changed() ? " ●" : ""))
                .setHeader(getTranslation("result.ratePlanned")).setTextAlign(ColumnTextAlign.END);
        steps.setItems(plan.steps());
        HorizontalLayout tables = new HorizontalLayout(stages, steps);
        tables.setWidthFull();
        add(tables);
    }

    /**
     * The rounding the method asks to make explicit: 18 × 1.15 = 20.7 → 21 deals, so Visitor→Lead must reach 3.5%
     * rather than the article's 3.45%; and volumes bought in whole units (23,333.3 → 23,334 visitors).
     */
    private java.util.List<String> rounding(Plan plan, Optional<Plan> exactPlan) {
        java.util.List<String> texts = new java.util.ArrayList<>();
        Target target = plan.target();
        if (target.rounded() && exactPlan.isPresent()) {
            for (StepPlan step : plan.steps()) {
                StepPlan exactStep = exactPlan.get().steps().get(step.step());
                if (step.changed() && step.plannedRate().isDefined() && exactStep.plannedRate().isDefined()) {
                    texts.add(getTranslation("result.rounding.rate", step.from(), step.to(),
                            Formats.percent(exactStep.plannedRate().value(), 3, locale),
                            Formats.number(target.exact().doubleValue(), 2, locale),
                            Formats.percent(step.plannedRate().value(), 3, locale), target.stageName(),
                            Formats.number(target.whole().doubleValue(), 0, locale)));
                }
            }
        }
        StagePlan first = plan.stages().getFirst();
        if (plan.volumeMultiplier() != 1 && Math.abs(first.plannedVolume() - Math.rint(first.plannedVolume())) > 1e-9) {
            texts.add(getTranslation("result.rounding.volume", first.name(),
                    Formats.number(first.plannedVolume(), 1, locale), number(first.plannedWhole())));
        }
        return texts;
    }

    private String number(double v) {
        return Formats.number(v, 1, locale);
    }

    private String rate(Rate r) {
        return r.isDefined() ? Formats.percent(r.value(), 3, locale) : "–";
    }

    private String signedPercent(double change) {
        return (change > 0 ? "+" : "") + Formats.percent(change, 1, locale);
    }
}
