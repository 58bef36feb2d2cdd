package app.goalpost.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * "Theirs / yours": the fields two people changed to different values, side by side, one row per field with a
 * choice ("Keep theirs" / "Use mine"). Save is possible once every row is chosen and hands the fields where the
 * user chose "mine" to the page, which saves the merged result against the stored version; Cancel closes and
 * leaves the user's edits on screen, unsaved. One dialog for every editor (scenario, baseline): the page gives the
 * rows their labels and values as text. Nothing is preselected, so no side is ever taken without a choice.
 */
public class MergeDialog extends Dialog {

    public enum Choice { THEIRS, MINE }

    /** One conflicting field: its merge key, its label and both values as the page writes them. */
    public record Row(String field, String label, String theirs, String mine) {
    }

    private final Map<String, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();
    private final Button save = new Button();

    /**
     * @param again  true when the user already chose once and yet another save came in: the dialog says so
     * @param onSave receives the fields where the user chose "mine"
     */
    public MergeDialog(List<Row> rows, boolean again, Consumer<Set<String>> onSave) {
        this(rows, again, java.util.Optional.empty(), onSave);
    }

    /** @param savedBy who saved the other version, when the page knows it (else the dialog says "someone else") */
    public MergeDialog(List<Row> rows, boolean again, java.util.Optional<String> savedBy, Consumer<Set<String>> onSave) {
        setId("merge-dialog");
        setHeaderTitle(savedBy.map(name -> getTranslation("merge.titleNamed", name))
                .orElseGet(() -> getTranslation("merge.title")));
        setCloseOnOutsideClick(false);
        Paragraph text = new Paragraph(getTranslation(again ? "merge.textAgain" : "merge.text"));
        text.setId("merge-text");
        Div table = new Div();
        table.setId("merge-rows");
        table.getStyle().set("display", "grid").set("grid-template-columns", "minmax(8em,auto) 1fr 1fr auto")
                .set("gap", "var(--lumo-space-s) var(--lumo-space-m)").set("align-items", "center");
        table.add(heading("merge.field"), heading("merge.theirs"), heading("merge.yours"), heading("merge.choice"));
        for (Row row : rows) {
            String id = safe(row.field());
            Span label = new Span(row.label());
            label.setId("merge-label-" + id);
            Span theirs = new Span(row.theirs());
            theirs.setId("merge-theirs-" + id);
            Span mine = new Span(row.mine());
            mine.setId("merge-mine-" + id);
            RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
            choice.setId("merge-choice-" + id);
            choice.setItems(Choice.values());
            choice.setItemLabelGenerator(c -> getTranslation(c == Choice.THEIRS ? "merge.keepTheirs" : "merge.useMine"));
            choice.setAriaLabel(row.label());
            choice.addValueChangeListener(e -> updateSave());
            choices.put(row.field(), choice);
            table.add(label, theirs, mine, choice);
        }
        add(text, table);
        save.setText(getTranslation("merge.save"));
        save.setId("merge-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> {
            Set<String> useMine = choices.entrySet().stream().filter(c -> c.getValue().getValue() == Choice.MINE)
                    .map(Map.Entry::getKey).collect(Collectors.toCollection(LinkedHashSet::new));
            close();
            onSave.accept(useMine);
        });
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("merge-cancel");
        getFooter().add(cancel, save);
        updateSave();
    }

    /** The choice of a row, for the page's tests and for keyboard users' screen readers alike. */
    public RadioButtonGroup<Choice> choice(String field) {
        return choices.get(field);
    }

    private void updateSave() {
        save.setEnabled(choices.values().stream().allMatch(c -> c.getValue() != null));
    }

    private Span heading(String key) {
        Span span = new Span(getTranslation(key));
        span.getStyle().set("font-weight", "600");
        return span;
    }

    /** A field key as an element id: {@code stage.12.volume} → {@code stage-12-volume}. */
    public static String safe(String field) {
        return field.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** A merge value as text when the page has nothing more specific: empty, number, date or list. */
    public static String text(@Nullable Object value, Component context) {
        Locale locale = context.getUI().map(com.vaadin.flow.component.UI::getLocale).orElse(Locale.ENGLISH);
        if (value == null || (value instanceof List<?> list && list.isEmpty())
                || (value instanceof String s && s.isBlank())) {
            return context.getTranslation("merge.empty");
        }
        if (value instanceof BigDecimal d) {
            return Formats.number(d.doubleValue(), Math.max(0, d.scale()), locale);
        }
        if (value instanceof LocalDate date) {
            return Formats.date(date, locale);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(v -> text(v, context)).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    /**
     * After a save that took in someone else's changes to other fields: a short note naming them. Shows nothing
     * when there were none.
     */
    public static void noteMerged(List<String> labels, Component context) {
        if (labels.isEmpty()) {
            return;
        }
        Notification note = FieldErrors.success(context.getTranslation("merge.merged", String.join(", ", labels)));
        note.setId("merge-note");
        // longer than a plain "saved": the user reads what someone else changed
        note.setDuration(8000);
    }
}
