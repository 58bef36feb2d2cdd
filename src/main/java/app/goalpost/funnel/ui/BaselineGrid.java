package app.goalpost.funnel.ui;

import app.goalpost.shared.ui.EngineText;
import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.planning.Rate;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.FunnelWarning;
import app.goalpost.planning.lever.LeverAnalysis;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.binder.Binder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The baseline as a spreadsheet: volume and spend edited in place (click a row; Tab moves between the two cells,
 * Enter goes to the next stage, Escape stops), derived columns and engine warnings recomputed whenever a cell
 * value changes.
 */
class BaselineGrid extends Grid<EditableRow> {

    private final Locale locale;
    private final Currency currency;
    private final List<EditableRow> rows = new ArrayList<>();
    private final BigDecimalField volumeEditor = new BigDecimalField();
    private final BigDecimalField spendEditor = new BigDecimalField();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private Optional<Funnel> funnel = Optional.empty();
    private Optional<LeverAnalysis> levers = Optional.empty();

    BaselineGrid(boolean editable, Locale locale, Currency currency) {
        this.locale = locale;
        this.currency = currency;
        setId("baseline-grid");
        addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        Column<EditableRow> stage = addColumn(EditableRow::getStageName).setHeader(getTranslation("grid.stage"))
                .setFlexGrow(2);
        Column<EditableRow> volume = addColumn(r -> Formats.number(value(r.getVolume()), 4, locale))
                .setHeader(getTranslation("grid.volume")).setTextAlign(ColumnTextAlign.END);
        Column<EditableRow> spend = addColumn(r -> r.getSpend() == null ? "" : Formats.money(r.getSpend(), currency,
                locale)).setHeader(getTranslation("grid.spend") + " (" + currency.getCurrencyCode() + ")")
                .setTextAlign(ColumnTextAlign.END);
        addColumn(r -> derived(r, i -> rateText(i))).setHeader(getTranslation("grid.rate"))
                .setTextAlign(ColumnTextAlign.END).setKey("rate");
        addColumn(r -> derived(r, i -> funnel.flatMap(f -> f.cpa(i))
                .map(m -> Formats.money(m.amount(), currency, locale)).orElse("")))
                .setHeader(getTranslation("grid.cpa")).setTextAlign(ColumnTextAlign.END).setKey("cpa");
        addColumn(r -> derived(r, this::lostText)).setHeader(getTranslation("grid.lost"))
                .setTextAlign(ColumnTextAlign.END).setKey("lost");
        addComponentColumn(this::warnings).setHeader(getTranslation("grid.check")).setFlexGrow(3).setKey("check");
        stage.setKey("stage");
        if (editable) {
            configureEditor(volume, spend);
        }
    }

    private void configureEditor(Column<EditableRow> volume, Column<EditableRow> spend) {
        Binder<EditableRow> binder = new Binder<>(EditableRow.class);
        Editor<EditableRow> editor = getEditor();
        editor.setBinder(binder);
        editor.setBuffered(false);
        volumeEditor.setId("volume-editor");
        spendEditor.setId("spend-editor");
        for (BigDecimalField field : List.of(volumeEditor, spendEditor)) {
            field.setWidthFull();
            // the value reaches the server when the cell is left (Tab, Enter, click): typing is never interrupted
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
            // refocusing first makes the browser send the typed value before the editor moves to the next row
            Shortcuts.addShortcutListener(field, () -> editNext(field), Key.ENTER).listenOn(field)
                    .resetFocusOnActiveElement();
            Shortcuts.addShortcutListener(field, editor::cancel, Key.ESCAPE).listenOn(field);
        }
        binder.forField(volumeEditor).asRequired(getTranslation("baseline.error.volume", ""))
                .withValidator(v -> v.signum() >= 0, getTranslation("baseline.error.volume", ""))
                .bind(EditableRow::getVolume, EditableRow::setVolume);
        binder.forField(spendEditor)
                .withValidator(v -> v == null || v.signum() >= 0, getTranslation("baseline.error.spend", ""))
                .bind(EditableRow::getSpend, EditableRow::setSpend);
        volume.setEditorComponent(volumeEditor);
        spend.setEditorComponent(spendEditor);
        binder.addValueChangeListener(e -> recompute());
        editor.addCloseListener(e -> refreshRows());
        addItemClickListener(e -> {
            if (!e.getItem().equals(editor.getItem())) {
                refreshRows();
                editor.editItem(e.getItem());
                volumeEditor.focus();
            }
        });
    }

    private void editNext(BigDecimalField field) {
        EditableRow current = getEditor().getItem();
        int next = rows.indexOf(current) + 1;
        if (next > 0 && next < rows.size()) {
            refreshRows();
            getEditor().editItem(rows.get(next));
            field.focus();
        } else {
            getEditor().cancel();
        }
    }

    void setRows(List<BaselineRow> newRows) {
        if (getEditor().isOpen()) {
            getEditor().cancel();
        }
        rows.clear();
        newRows.forEach(r -> rows.add(new EditableRow(r)));
        setItems(rows);
        recompute();
    }

    List<BaselineRow> rows() {
        return rows.stream().map(EditableRow::toRow).toList();
    }

    List<EditableRow> editableRows() {
        return rows;
    }

    Optional<Funnel> funnel() {
        return funnel;
    }

    BigDecimalField volumeEditor() {
        return volumeEditor;
    }

    BigDecimalField spendEditor() {
        return spendEditor;
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private boolean rowsStale;

    /** Recomputes the engine's view of the rows and refreshes the derived cells of every row. */
    void recompute() {
        boolean valid = rows.stream().allMatch(r -> r.getVolume() != null && r.getVolume().signum() >= 0
                && (r.getSpend() == null || r.getSpend().signum() >= 0));
        funnel = valid ? BaselineData.funnelOf(rows(), currency) : Optional.empty();
        levers = funnel.map(LeverAnalysis::of);
        // Refreshing any row re-renders the grid and closes an open editor under the user's Tab, so while a
        // row is edited its derived cells wait until the editor leaves it; totals and chart update at once.
        if (getEditor().isOpen()) {
            rowsStale = true;
        } else {
            refreshRows();
        }
        changeListeners.forEach(Runnable::run);
    }

    private void refreshRows() {
        rowsStale = false;
        rows.forEach(r -> getDataProvider().refreshItem(r));
    }

    private String derived(EditableRow row, Function<Integer, String> text) {
        int index = rows.indexOf(row);
        return funnel.isEmpty() || index < 0 ? "" : text.apply(index);
    }

    private String rateText(int index) {
        if (index >= funnel.get().steps()) {
            return "";
        }
        Rate rate = funnel.get().rate(index);
        return rate.isDefined() ? Formats.percent(rate.value(), 2, locale) : "–";
    }

    private String lostText(int index) {
        if (levers.isEmpty() || index >= levers.get().levers().size()) {
            return "";
        }
        var lost = levers.get().levers().get(index).lostShare();
        return lost.isPresent() ? Formats.percent(lost.getAsDouble(), 2, locale) : "–";
    }

    /** Warnings of a stage (zero volume) and of its outgoing step (rate above 100%, no data), next to its row. */
    private Span warnings(EditableRow row) {
        Span span = new Span();
        span.addClassName("gp-warning");
        int index = rows.indexOf(row);
        if (funnel.isEmpty() || index < 0) {
            return span;
        }
        List<String> texts = new ArrayList<>();
        for (FunnelWarning w : funnel.get().warnings()) {
            if (w.index() == index) {
                texts.add("⚠ " + EngineText.of(this, w.message()));
            }
        }
        span.setText(String.join(" ", texts));
        span.setId("warning-" + index);
        return span;
    }

    private static double value(BigDecimal v) {
        return v == null ? 0 : v.doubleValue();
    }
}
