package app.goalpost.review.ui;

import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.review.ReplanPage;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceDetails;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The proposed baseline (which data, per stage where the volume comes from) and the plan of record's goal on it, side
 * by side with the plan of record: baseline and targets before, proposed baseline and targets after.
 */
class ProposalPanel extends VerticalLayout {

    ProposalPanel(ReplanPage page, WorkspaceDetails workspace, Locale locale) {
        setPadding(false);
        ReplanPage.Proposal p = page.proposal();
        add(new H3(getTranslation("replan.proposal.title")));
        String key = p.workspaceMethod() == BaselineMethod.BENCHMARKS_AND_BUDGET ? "replan.proposal.basis.startup"
                : "replan.proposal.basis." + p.method().name();
        Paragraph basis = new Paragraph(getTranslation(key, Formats.date(p.period().start(), locale),
                Formats.date(p.period().end(), locale), Formats.date(p.planPeriod().start(), locale),
                Formats.date(p.planPeriod().end(), locale)));
        basis.setId("replan-basis");
        add(basis);
        Grid<ReplanPage.ProposedRow> rows = new Grid<>();
        rows.setId("replan-proposal");
        rows.addThemeVariants(GridVariant.LUMO_COMPACT);
        rows.addColumn(ReplanPage.ProposedRow::stageName).setHeader(getTranslation("replan.proposal.stage"))
                .setFlexGrow(2).setKey("stage");
        rows.addColumn(r -> Formats.number(r.volume().doubleValue(), 1, locale))
                .setHeader(getTranslation("replan.proposal.volume")).setTextAlign(ColumnTextAlign.END)
                .setKey("volume");
        rows.addColumn(r -> getTranslation("replan.proposal.source." + r.source().name(), r.daysWithData()))
                .setHeader(getTranslation("replan.proposal.source")).setFlexGrow(3).setKey("source");
        // one row per funnel stage
        rows.setItems(p.rows());
        rows.setAllRowsVisible(true);
        add(rows);
        if (!p.fromActuals()) {
            Paragraph none = new Paragraph(getTranslation("replan.proposal.noActuals"));
            none.setId("replan-no-actuals");
            none.addClassName("gp-empty");
            add(none);
        }
        page.comparison().ifPresent(c -> addComparison(c, locale));
    }

    private void addComparison(ReplanPage.Comparison c, Locale locale) {
        add(new H3(getTranslation("replan.compare.title")));
        Grid<ReplanPage.ComparedStage> grid = new Grid<>();
        grid.setId("replan-compare");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(ReplanPage.ComparedStage::stage).setHeader(getTranslation("replan.compare.stage"))
                .setFlexGrow(2).setKey("stage");
        grid.addColumn(s -> number(s.baselineBefore(), locale))
                .setHeader(getTranslation("replan.compare.baselineBefore")).setTextAlign(ColumnTextAlign.END)
                .setKey("baselineBefore");
        grid.addColumn(s -> whole(s.targetBefore(), locale)).setHeader(getTranslation("replan.compare.targetBefore"))
                .setTextAlign(ColumnTextAlign.END).setKey("targetBefore");
        grid.addColumn(s -> Formats.number(s.baselineAfter(), 1, locale))
                .setHeader(getTranslation("replan.compare.baselineAfter")).setTextAlign(ColumnTextAlign.END)
                .setKey("baselineAfter");
        grid.addColumn(s -> whole(s.targetAfter(), locale)).setHeader(getTranslation("replan.compare.targetAfter"))
                .setTextAlign(ColumnTextAlign.END).setKey("targetAfter");
        grid.setItems(c.stages());
        grid.setAllRowsVisible(true);
        add(grid);
        if (!c.adoptable()) {
            Paragraph why = new Paragraph(getTranslation("replan.compare.infeasible")
                    + c.problem().map(e -> " (" + getTranslation(e.messageKey(), e.args()) + ")").orElse(""));
            why.setId("replan-infeasible");
            add(why);
        }
    }

    private String number(OptionalDouble v, Locale locale) {
        return v.isPresent() ? Formats.number(v.getAsDouble(), 1, locale) : getTranslation("replan.undefined");
    }

    private String whole(OptionalLong v, Locale locale) {
        return v.isPresent() ? Formats.number(v.getAsLong(), 0, locale) : getTranslation("replan.undefined");
    }
}
