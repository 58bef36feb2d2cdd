package app.goalpost.kpi.ui;

import app.goalpost.kpi.ActualsPreview;
import app.goalpost.kpi.ImportRow;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Comparator;

/**
 * The rows of an import or paste before anything is written: errors first, each with its line and reason, then
 * what will be written, saying which values replace existing ones.
 */
class ImportPreviewGrid extends VerticalLayout {

    private final Span summary = new Span();
    private final Grid<ImportRow> grid = new Grid<>();

    /** @param withKpi whether rows name their KPI (file imports) or all go to one KPI (pasting) */
    ImportPreviewGrid(String idPrefix, boolean withKpi) {
        setPadding(false);
        summary.setId(idPrefix + "-summary");
        summary.addClassName("gp-import-summary");
        grid.setId(idPrefix + "-grid");
        grid.addColumn(ImportRow::line).setHeader(getTranslation("kpi.import.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportRow::dateText).setHeader(getTranslation("kpi.import.date"));
        if (withKpi) {
            grid.addColumn(ImportRow::kpiName).setHeader(getTranslation("kpi.import.kpi"));
        }
        grid.addColumn(ImportRow::valueText).setHeader(getTranslation("kpi.import.value"));
        grid.addColumn(this::outcome).setHeader(getTranslation("kpi.import.outcome")).setFlexGrow(3)
                .setKey("outcome");
        grid.setPartNameGenerator(r -> r.isError() ? "gp-row-error" : null);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setHeight("320px");
        grid.setVisible(false);
        add(summary, grid);
    }

    void show(ActualsPreview preview) {
        String text = getTranslation("kpi.import.summary", preview.total(), preview.errors(), preview.newValues(),
                preview.replacing());
        summary.setText(preview.rows().size() < preview.total()
                ? text + " " + getTranslation("kpi.import.shownFirst", ActualsPreview.SHOWN) : text);
        grid.setItems(preview.rows().stream()
                .sorted(Comparator.comparing((ImportRow r) -> !r.isError()).thenComparingInt(ImportRow::line))
                .toList());
        grid.setVisible(true);
    }

    void clear() {
        summary.setText("");
        grid.setItems();
        grid.setVisible(false);
    }

    String outcome(ImportRow r) {
        if (r.isError()) {
            return getTranslation(r.errorKey(), r.errorArgs());
        }
        return r.replaces() ? getTranslation("kpi.import.replaces", Formats.number(r.existing().doubleValue(), 4, getLocale()))
                : getTranslation("kpi.import.new");
    }
}
