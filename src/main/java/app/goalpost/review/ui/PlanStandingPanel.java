package app.goalpost.review.ui;

import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.review.KpiFacts;
import app.goalpost.review.RecordedTrigger;
import app.goalpost.review.ReplanPage;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceDetails;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalDouble;

/** The plan of record against the latest data: the plan, every KPI's pacing, planned and actual rates, triggers. */
class PlanStandingPanel extends VerticalLayout {

    PlanStandingPanel(ReplanPage page, WorkspaceDetails workspace, Locale locale) {
        setPadding(false);
        add(new H3(getTranslation("replan.plan.title")));
        Paragraph plan = new Paragraph(page.plan().map(p -> PlanText.line(p.snapshot(), p.baselineName(), this,
                locale)).orElseGet(() -> getTranslation("replan.plan.none")));
        plan.setId("replan-plan");
        add(plan);

        add(new H3(getTranslation("replan.kpis.title")));
        if (page.kpis().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("replan.kpis.none"));
            none.addClassName("gp-empty");
            add(none);
        } else {
            Grid<KpiFacts.KpiStanding> kpis = new Grid<>();
            kpis.setId("replan-kpis");
            kpis.addThemeVariants(GridVariant.LUMO_COMPACT);
            kpis.addColumn(KpiFacts.KpiStanding::name).setHeader(getTranslation("replan.kpis.name")).setFlexGrow(3)
                    .setKey("name");
            kpis.addColumn(k -> getTranslation(statusKey(k.result().status(), k.kind())))
                    .setHeader(getTranslation("replan.kpis.status")).setAutoWidth(true).setKey("status");
            kpis.addColumn(k -> share(k.result().pace(), locale)).setHeader(getTranslation("replan.kpis.pace"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("pace");
            kpis.addColumn(k -> k.result().projection().isPresent()
                    ? Formats.number(k.result().projection().getAsDouble(), 1, locale) : getTranslation(
                            "replan.undefined")).setHeader(getTranslation("replan.kpis.projection"))
                    .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setKey("projection");
            kpis.addColumn(k -> Formats.number(k.result().kpi().target(), 2, locale))
                    .setHeader(getTranslation("replan.kpis.target")).setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true).setKey("target");
            // every active KPI of one workspace: a bounded list (the dashboard shows the same)
            kpis.setItems(page.kpis());
            kpis.setAllRowsVisible(true);
            add(kpis);
        }

        add(new H3(getTranslation("replan.rates.title")));
        if (page.rates().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("replan.rates.none"));
            none.addClassName("gp-empty");
            add(none);
        } else {
            Grid<ReplanPage.StepRate> rates = new Grid<>();
            rates.setId("replan-rates");
            rates.addThemeVariants(GridVariant.LUMO_COMPACT);
            rates.addColumn(r -> r.from() + " → " + r.to()).setHeader(getTranslation("replan.rates.step"))
                    .setFlexGrow(3).setKey("step");
            rates.addColumn(r -> rate(r.planned(), locale)).setHeader(getTranslation("replan.rates.planned"))
                    .setTextAlign(ColumnTextAlign.END).setKey("planned");
            rates.addColumn(r -> rate(r.actual(), locale)).setHeader(getTranslation("replan.rates.actual"))
                    .setTextAlign(ColumnTextAlign.END).setKey("actual");
            rates.setItems(page.rates());
            rates.setAllRowsVisible(true);
            add(rates);
        }

        add(new H3(getTranslation("replan.triggers.title")));
        Div triggers = new Div();
        triggers.setId("replan-triggers");
        if (page.openTriggers().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("replan.triggers.none"));
            none.addClassName("gp-empty");
            triggers.add(none);
        }
        for (RecordedTrigger t : page.openTriggers()) {
            String label = ReviewDueText.kind(t.kind(), this) + t.reason().map(r -> ": " + r).orElse("");
            triggers.add(new Paragraph(getTranslation("review.triggers.line", label, t.raisedBy(),
                    Formats.date(LocalDate.ofInstant(t.raisedAt(), workspace.timeZone()), locale))));
        }
        add(triggers);
    }

    /** As the KPI pages word a status: costs and budgets read "above target", "over budget". */
    static String statusKey(PacingStatus status, String kind) {
        return switch (status) {
            case AHEAD, ON_TRACK, BEHIND -> "OUTCOME".equals(kind) ? "kpi.status." + status.name()
                    : "kpi.status." + kind + "." + status.name();
            case NO_DATA, NOT_STARTED -> "kpi.status." + status.name();
        };
    }

    private String share(OptionalDouble value, Locale locale) {
        return value.isPresent() ? Formats.percent(value.getAsDouble(), 0, locale) : getTranslation("replan.undefined");
    }

    private String rate(OptionalDouble value, Locale locale) {
        return value.isPresent() ? Formats.percent(value.getAsDouble(), 2, locale) : getTranslation("replan.undefined");
    }
}
