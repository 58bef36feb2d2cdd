package app.goalpost.kpi.ui;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.planning.DateRange;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Actuals of one KPI in a grid, one row per day or per week (Monday to Sunday, clipped to the period), for the
 * KPI's period or the same period last year (which shapes the seasonal curve). Editors type into the rows (or
 * paste from a spreadsheet) and save all changes at once; viewers read the same grid.
 */
class ActualsEditor extends VerticalLayout {

    enum Year { CURRENT, LAST_YEAR }

    /** A grid row: a day, or a week (from..date) whose value is dated on its last day. */
    record Row(LocalDate from, LocalDate date, BigDecimal value) {
    }

    private final transient ActualsService actuals;
    private final WorkspaceDetails workspace;
    private final KpiSummary kpi;
    private final boolean editable;
    private final Runnable onSaved;
    private final Grid<Row> grid = new Grid<>();
    private final RadioButtonGroup<Granularity> granularity = new RadioButtonGroup<>();
    private final RadioButtonGroup<Year> year = new RadioButtonGroup<>();
    private final Map<LocalDate, Optional<BigDecimal>> pending = new LinkedHashMap<>();
    /** Cells whose text was refused, with that text: kept (a re-rendered cell shows it again) and not saved. */
    private final Map<LocalDate, String> refused = new LinkedHashMap<>();
    private final Button save = new Button();

    ActualsEditor(ActualsService actuals, WorkspaceDetails workspace, KpiSummary kpi,
            boolean editable, Runnable onSaved) {
        this.actuals = actuals;
        this.workspace = workspace;
        this.kpi = kpi;
        this.editable = editable;
        this.onSaved = onSaved;
        setPadding(false);
        granularity.setId("actuals-granularity");
        granularity.setItems(Granularity.values());
        granularity.setItemLabelGenerator(g -> getTranslation("kpi.actuals.granularity." + g.name()));
        granularity.setValue(Granularity.DAY);
        year.setId("actuals-year");
        year.setItems(Year.values());
        year.setItemLabelGenerator(y -> getTranslation("kpi.actuals.year." + y.name()));
        year.setValue(Year.CURRENT);
        granularity.addValueChangeListener(e -> load());
        year.addValueChangeListener(e -> load());
        HorizontalLayout bar = new HorizontalLayout(granularity, year);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        if (editable) {
            save.setText(getTranslation("kpi.actuals.save"));
            save.setId("actuals-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            Button paste = new Button(getTranslation("kpi.paste.open"),
                    e -> new PasteDialog(actuals, workspace.workspaceId(), kpi, () -> {
                        load();
                        onSaved.run();
                    }).open());
            paste.setId("actuals-paste");
            bar.add(save, paste);
        }
        add(bar);
        Span hint = new Span(getTranslation(kpi.cumulative() ? "kpi.actuals.hint.cumulative"
                : "kpi.actuals.hint.level"));
        hint.addClassName("gp-empty");
        add(hint);
        grid.setId("actuals-grid");
        grid.addColumn(r -> r.from().equals(r.date()) ? Formats.date(r.date(), getLocale())
                : Formats.date(r.from(), getLocale()) + " – " + Formats.date(r.date(), getLocale()))
                .setHeader(getTranslation("kpi.actuals.date")).setKey("date");
        KpiFormat format = KpiFormat.of(kpi, workspace.currency(), getLocale());
        if (editable) {
            grid.addColumn(new ComponentRenderer<>(this::valueField)).setHeader(unitHeader()).setKey("value");
        } else {
            grid.addColumn(r -> r.value() == null ? "" : format.value(r.value())).setHeader(unitHeader())
                    .setKey("value");
        }
        grid.setHeight("420px");
        add(grid);
        load();
    }

    private String unitHeader() {
        return getTranslation("kpi.actuals.value") + " (" + switch (kpi.unit()) {
            case COUNT -> getTranslation("kpi.unit.COUNT");
            case MONEY -> workspace.currency().getCurrencyCode();
            case PERCENT -> "%";
        } + ")";
    }

    private DecimalField valueField(Row row) {
        // the message names the cell's date, so that one bad cell among many is found
        DecimalField field = new DecimalField().subject(getTranslation("kpi.actuals.valueOf",
                Formats.date(row.date(), getLocale()))).minimum(BigDecimal.ZERO, true)
                .maximum(new BigDecimal("999999999999.9999")).decimals(4);
        field.setId("actual-" + row.date());
        field.setWidthFull();
        if (refused.containsKey(row.date())) {
            field.setValue(refused.get(row.date()));
        } else {
            field.setDecimal(pending.containsKey(row.date()) ? pending.get(row.date()).orElse(null) : row.value());
        }
        field.addValueChangeListener(e -> {
            DecimalField.Check check = field.check(e.getValue());
            if (!check.valid()) {
                refused.put(row.date(), e.getValue());
                pending.remove(row.date());
            } else {
                refused.remove(row.date());
                if (e.isFromClient() || !java.util.Objects.equals(check.value().orElse(null), row.value())) {
                    pending.put(row.date(), check.value());
                }
            }
            save.setEnabled(!pending.isEmpty() || !refused.isEmpty());
        });
        return field;
    }

    private DateRange range() {
        return year.getValue() == Year.LAST_YEAR ? kpi.period().minusYears(1) : kpi.period();
    }

    private void load() {
        pending.clear();
        refused.clear();
        save.setEnabled(false);
        DateRange range = range();
        Map<LocalDate, BigDecimal> byDay = new LinkedHashMap<>();
        actuals.list(workspace.workspaceId(), new KpiId(kpi.id()), range).forEach(a -> byDay.put(a.date(), a.value()));
        List<Row> rows = new ArrayList<>();
        for (LocalDate d = range.start(); !d.isAfter(range.end()); d = d.plusDays(1)) {
            if (granularity.getValue() == Granularity.DAY) {
                rows.add(new Row(d, d, byDay.get(d)));
            } else if (d.getDayOfWeek() == DayOfWeek.SUNDAY || d.equals(range.end())) {
                LocalDate monday = d.with(DayOfWeek.MONDAY);
                LocalDate from = monday.isBefore(range.start()) ? range.start() : monday;
                rows.add(new Row(from, d, week(byDay, from, d)));
            }
        }
        grid.setItems(rows);
    }

    /** A week's value: the sum of its days (cumulative) or its last measurement (level). */
    private BigDecimal week(Map<LocalDate, BigDecimal> byDay, LocalDate from, LocalDate to) {
        BigDecimal result = null;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            BigDecimal v = byDay.get(d);
            if (v != null) {
                result = kpi.cumulative() && result != null ? result.add(v) : v;
            }
        }
        return result;
    }

    private void save() {
        if (!refused.isEmpty()) {
            // the refused cells are marked at their field; say how many, and save nothing
            FieldErrors.error(getTranslation("kpi.actuals.refused", refused.size(),
                    Formats.date(refused.keySet().iterator().next(), getLocale())));
            return;
        }
        if (pending.isEmpty()) {
            return;
        }
        try {
            actuals.save(workspace.workspaceId(), new KpiId(kpi.id()), granularity.getValue(),
                    new LinkedHashMap<>(pending));
        } catch (InvalidInputException e) {
            FieldErrors.show(e, this);
            return;
        }
        FieldErrors.success(getTranslation("kpi.actuals.saved"));
        load();
        onSaved.run();
    }
}
