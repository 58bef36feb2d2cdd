package app.goalpost.kpi.ui;

import app.goalpost.kpi.AnnotationId;
import app.goalpost.kpi.KpiAnnotationService;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.kpi.KpiTimeline;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The KPI page's notes on the timeline: the notes and review triggers the chart marks, listed by day; people who
 * may edit the plan add notes here and edit or delete their own. Every save goes through
 * {@link KpiAnnotationService}, whose refusals appear next to the field; {@code onChange} redraws the chart.
 */
class KpiAnnotationsPanel extends Div {

    private final transient KpiAnnotationService service;
    private final WorkspaceId workspaceId;
    private final KpiSummary kpi;
    private final Runnable onChange;
    private final Div list = new Div();
    private final DatePicker day = new DatePicker();
    private final TextArea text = new TextArea();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private Optional<Long> editing = Optional.empty();

    KpiAnnotationsPanel(KpiAnnotationService service, WorkspaceId workspaceId, KpiSummary kpi, KpiTimeline timeline,
            LocalDate today, Runnable onChange) {
        this.service = service;
        this.workspaceId = workspaceId;
        this.kpi = kpi;
        this.onChange = onChange;
        setId("kpi-annotations");
        addClassName("gp-kpi-annotations");
        add(new H3(getTranslation("history.annotations.title")));
        list.setId("annotation-list");
        add(list);
        if (timeline.canAnnotate()) {
            day.setLabel(getTranslation("history.annotations.day"));
            day.setId("annotation-day");
            day.setLocale(getLocale());
            day.setMin(kpi.period().start());
            day.setMax(kpi.period().end());
            LocalDate initial = today.isBefore(kpi.period().start()) ? kpi.period().start()
                    : today.isAfter(kpi.period().end()) ? kpi.period().end() : today;
            day.setValue(initial);
            text.setLabel(getTranslation("history.annotations.text"));
            text.setHelperText(getTranslation("history.annotations.text.help"));
            text.setId("annotation-text");
            text.setMaxLength(KpiAnnotationService.MAX_TEXT);
            text.setWidth("min(32rem, 100%)");
            save.setText(getTranslation("history.annotations.add"));
            save.setId("annotation-save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            cancel.setText(getTranslation("history.annotations.cancel"));
            cancel.setId("annotation-cancel");
            cancel.setVisible(false);
            cancel.addClickListener(e -> reset());
            HorizontalLayout form = new HorizontalLayout(day, text, save, cancel);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
        show(timeline);
    }

    /** Shows the timeline's notes and triggers, oldest first, with Edit / Delete on one's own notes. */
    void show(KpiTimeline timeline) {
        list.removeAll();
        if (timeline.notes().isEmpty() && timeline.triggers().isEmpty()) {
            Span none = new Span(getTranslation("history.annotations.empty"));
            none.setId("annotation-empty");
            list.add(none);
            return;
        }
        for (KpiTimeline.Note note : timeline.notes()) {
            Div line = line(note.day(), note.text(), note.author());
            line.addClassName("gp-annotation-note");
            if (note.own()) {
                Button edit = new Button(getTranslation("history.annotations.edit"), e -> startEdit(note));
                edit.setId("annotation-edit-" + note.id());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                Button delete = new Button(getTranslation("history.annotations.delete"), e -> delete(note));
                delete.setId("annotation-delete-" + note.id());
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL,
                        ButtonVariant.LUMO_ERROR);
                line.add(edit, delete);
            }
            list.add(line);
        }
        for (KpiTimeline.Trigger trigger : timeline.triggers()) {
            String kind = KpiTimelineMarks.capitalised(getTranslation("review.trigger." + trigger.kind().name()));
            Div line = line(trigger.day(), getTranslation("history.annotations.trigger", kind)
                    + trigger.reason().map(r -> " — " + r).orElse(""), trigger.raisedBy());
            line.addClassName("gp-annotation-trigger");
            list.add(line);
        }
    }

    private Div line(LocalDate date, String body, String author) {
        Span when = new Span(Formats.date(date, getLocale()));
        when.addClassName("gp-annotation-day");
        Span what = new Span(body);
        what.addClassName("gp-annotation-text");
        Span who = new Span(author);
        who.addClassName("gp-annotation-author");
        Div line = new Div(when, what, who);
        line.addClassName("gp-annotation");
        return line;
    }

    private void startEdit(KpiTimeline.Note note) {
        editing = Optional.of(note.id());
        day.setValue(note.day());
        text.setValue(note.text());
        save.setText(getTranslation("history.annotations.save"));
        cancel.setVisible(true);
        text.focus();
    }

    private void reset() {
        editing = Optional.empty();
        text.clear();
        save.setText(getTranslation("history.annotations.add"));
        cancel.setVisible(false);
        FieldErrors.clear(fields());
    }

    private void save() {
        FieldErrors.clear(fields());
        try {
            if (editing.isPresent()) {
                service.edit(workspaceId, new AnnotationId(editing.get()), day.getValue(), text.getValue());
            } else {
                service.add(workspaceId, new KpiId(kpi.id()), day.getValue(), text.getValue());
            }
            reset();
            onChange.run();
        } catch (InvalidInputException ex) {
            FieldErrors.show(ex, fields(), this);
        }
    }

    private void delete(KpiTimeline.Note note) {
        service.delete(workspaceId, new AnnotationId(note.id()));
        if (editing.equals(Optional.of(note.id()))) {
            reset();
        }
        onChange.run();
    }

    private Map<String, HasValidation> fields() {
        return Map.of("day", day, "text", text);
    }
}
