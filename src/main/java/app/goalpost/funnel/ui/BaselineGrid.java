package app.goalpost.funnel.ui;

import app.goalpost.shared.ui.EngineText;
import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.planning.Rate;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.FunnelWarning;
import app.goalpost.planning.lever.LeverAnalysis;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.workspace.ui.FieldPresence;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.editor.Editor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
    private final DecimalField volumeEditor = new DecimalField().required(true).minimum(BigDecimal.ZERO, true)
            .maximum(new BigDecimal("999999999999999")).decimals(4);
    private final DecimalField spendEditor = new DecimalField().minimum(BigDecimal.ZERO, true)
            .maximum(new BigDecimal("99999999999999999")).decimals(2);
    /** The refused cells' messages in full: a narrow cell would cut them off. */
    private final Paragraph problems = new Paragraph();
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
        Column<EditableRow> volume = addColumn(r -> r.getVolumeError() != null ? "⚠ " + r.getVolumeText()
                : Formats.number(value(r.getVolume()), 4, locale))
                .setHeader(getTranslation("grid.volume")).setTextAlign(ColumnTextAlign.END).setKey("volume");
        Column<EditableRow> spend = addColumn(r -> r.getSpendError() != null ? "⚠ " + r.getSpendText()
                : r.getSpend() == null ? "" : Formats.money(r.getSpend(), currency, locale))
                .setHeader(getTranslation("grid.spend") + " (" + currency.getCurrencyCode() + ")")
                .setTextAlign(ColumnTextAlign.END).setKey("spend");
        // a refused cell is marked and says why on hover; the full message is also under the grid
        volume.setPartNameGenerator(r -> r.getVolumeError() != null ? "gp-cell-invalid" : null);
        volume.setTooltipGenerator(EditableRow::getVolumeError);
        spend.setPartNameGenerator(r -> r.getSpendError() != null ? "gp-cell-invalid" : null);
        spend.setTooltipGenerator(EditableRow::getSpendError);
        problems.setId("baseline-grid-problems");
        problems.addClassName("gp-error");
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
        livePresence(stage);
    }

    /** Live presence: the row someone else edits shows their name on its stage cell; ours is reported. */
    private void livePresence(Column<EditableRow> stage) {
        java.util.Map<String, FieldPresence.Editing> others = new java.util.HashMap<>();
        stage.setPartNameGenerator(r -> others.containsKey(rowCode(r))
                ? "gp-presence gp-presence-c" + others.get(rowCode(r)).colour() : null);
        stage.setTooltipGenerator(r -> others.containsKey(rowCode(r))
                ? getTranslation("collab.editing", others.get(rowCode(r)).name()) : null);
        getEditor().addOpenListener(e -> FieldPresence.focus(this, rowCode(e.getItem())));
        getEditor().addCloseListener(e -> FieldPresence.blur(this, rowCode(e.getItem())));
        FieldPresence.onOthers(this, editing -> {
            others.clear();
            editing.stream().filter(x -> x.field().startsWith("row-")).forEach(x -> others.put(x.field(), x));
            getDataProvider().refreshAll();
        });
    }

    static String rowCode(EditableRow row) {
        return "row-" + row.getStageId();
    }

    private void configureEditor(Column<EditableRow> volume, Column<EditableRow> spend) {
        Binder<EditableRow> binder = new Binder<>(EditableRow.class);
        Editor<EditableRow> editor = getEditor();
        editor.setBinder(binder);
        editor.setBuffered(false);
        volumeEditor.setId("volume-editor");
        spendEditor.setId("spend-editor");
        for (DecimalField field : List.of(volumeEditor, spendEditor)) {
            field.setWidthFull();
            // the value reaches the server when the cell is left (Tab, Enter, click): typing is never interrupted
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
            // refocusing first makes the browser send the typed value before the editor moves to the next row
            Shortcuts.addShortcutListener(field, () -> editNext(field), Key.ENTER).listenOn(field)
                    .resetFocusOnActiveElement();
            Shortcuts.addShortcutListener(field, editor::cancel, Key.ESCAPE).listenOn(field);
        }
        // The fields read and judge the text themselves (DecimalField); the row keeps a refused text with its
        // message, so nothing typed is dropped. The binder must not clear the field's message on its own.
        binder.forField(volumeEditor).withValidationStatusHandler(status -> { })
                .bind(r -> r.getVolumeError() != null ? r.getVolumeText() : text(r.getVolume()), (r, text) -> {
                    DecimalField.Check check = volumeEditor.check(text);
                    if (check.valid()) {
                        r.acceptVolume(check.value().orElse(BigDecimal.ZERO));
                    } else {
                        r.refuseVolume(text, check.error().get());
                    }
                });
        binder.forField(spendEditor).withValidationStatusHandler(status -> { })
                .bind(r -> r.getSpendError() != null ? r.getSpendText() : text(r.getSpend()), (r, text) -> {
                    DecimalField.Check check = spendEditor.check(text);
                    if (check.valid()) {
                        r.acceptSpend(check.value().orElse(null));
                    } else {
                        r.refuseSpend(text, check.error().get());
                    }
                });
        volume.setEditorComponent(volumeEditor);
        spend.setEditorComponent(spendEditor);
        binder.addValueChangeListener(e -> recompute());
        editor.addCloseListener(e -> refreshRows());
        addItemClickListener(e -> {
            if (!e.getItem().equals(editor.getItem())) {
                refreshRows();
                edit(e.getItem());
            }
            // the clicked cell's editor, not always the first one
            (e.getColumn() == spend ? spendEditor : volumeEditor).focus();
        });
    }

    /** Opens the editor on a row, with messages that name its stage. */
    private void edit(EditableRow row) {
        volumeEditor.subject(getTranslation("grid.volumeOf", row.getStageName()));
        spendEditor.subject(getTranslation("grid.spendOf", row.getStageName()));
        getEditor().editItem(row);
    }

    private String text(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString()
                .replace('.', java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }

    private void editNext(DecimalField field) {
        EditableRow current = getEditor().getItem();
        int next = rows.indexOf(current) + 1;
        if (next > 0 && next < rows.size()) {
            refreshRows();
            edit(rows.get(next));
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

    DecimalField volumeEditor() {
        return volumeEditor;
    }

    DecimalField spendEditor() {
        return spendEditor;
    }

    /** The messages of the refused cells, shown in full under the grid. */
    Paragraph problems() {
        return problems;
    }

    /** The first refused cell's message: a baseline is not saved while a cell holds something that is no number. */
    Optional<String> problem() {
        return rows.stream().filter(EditableRow::hasError)
                .map(r -> r.getVolumeError() != null ? r.getVolumeError() : r.getSpendError()).findFirst();
    }

    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private boolean rowsStale;

    /** Recomputes the engine's view of the rows and refreshes the derived cells of every row. */
    void recompute() {
        boolean valid = rows.stream().allMatch(r -> !r.hasError() && r.getVolume() != null
                && r.getVolume().signum() >= 0 && (r.getSpend() == null || r.getSpend().signum() >= 0));
        problems.setText(String.join("\n", rows.stream().filter(EditableRow::hasError)
                .flatMap(r -> java.util.stream.Stream.of(r.getVolumeError(), r.getSpendError()))
                .filter(java.util.Objects::nonNull).toList()));
        problems.setVisible(rows.stream().anyMatch(EditableRow::hasError));
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
