package app.goalpost.review.ui;

import app.goalpost.review.ReplanPage;
import app.goalpost.review.ReplanService;
import app.goalpost.review.ReviewOutcome;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.workspace.WorkspaceDetails;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * The decision (agency staff): participants among the people who may see the workspace, notes, whether it is held in
 * the running goal-setting session, then "keep the plan" or "re-plan and adopt". Either records the review in one
 * service call; a refusal is shown at its field and nothing is written.
 */
class OutcomeForm extends VerticalLayout {

    private final MultiSelectComboBox<ReplanPage.Person> participants = new MultiSelectComboBox<>();
    private final TextArea notes = new TextArea();
    private final Button keep = new Button();
    private final Button adopt = new Button();
    private final boolean adoptable;

    OutcomeForm(ReplanService replan, WorkspaceDetails workspace, ReplanPage page, LongConsumer recorded,
            Runnable reload) {
        setPadding(false);
        add(new H3(getTranslation("replan.outcome.title")));
        participants.setId("replan-participants");
        participants.setLabel(getTranslation("replan.outcome.participants"));
        participants.setItems(page.people());
        participants.setItemLabelGenerator(ReplanPage.Person::name);
        participants.setWidthFull();
        notes.setId("replan-notes");
        notes.setLabel(getTranslation("replan.outcome.notes"));
        notes.setMaxLength(5000);
        notes.setWidthFull();
        add(participants, notes);
        Checkbox inSession = new Checkbox();
        inSession.setId("replan-in-session");
        page.session().ifPresent(s -> {
            inSession.setLabel(getTranslation("replan.outcome.session", s.title()));
            inSession.setValue(true);
            add(inSession);
        });
        keep.setText(getTranslation("replan.outcome.keep"));
        keep.addClickListener(e -> submit(() -> {
            long id = replan.keep(workspace.workspaceId(), outcome(page, inSession));
            FieldErrors.success(getTranslation("replan.outcome.kept"));
            recorded.accept(id);
        }, reload));
        keep.setId("replan-keep");
        adopt.setText(getTranslation("replan.outcome.replan"));
        adopt.addClickListener(e -> submit(() -> {
            long id = replan.replan(workspace.workspaceId(), outcome(page, inSession), getLocale());
            FieldErrors.success(getTranslation("replan.outcome.replanned"));
            recorded.accept(id);
        }, reload));
        adopt.setId("replan-adopt");
        adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adoptable = page.comparison().map(ReplanPage.Comparison::adoptable).orElse(false);
        adopt.setEnabled(adoptable);
        // one click records one review: a double click must not hold the review twice
        keep.setDisableOnClick(true);
        adopt.setDisableOnClick(true);
        HorizontalLayout buttons = new HorizontalLayout(keep, adopt);
        buttons.setWrap(true);
        add(buttons);
    }

    private ReviewOutcome outcome(ReplanPage page, Checkbox inSession) {
        List<Long> ids = participants.getValue().stream().sorted(Comparator.comparing(ReplanPage.Person::name))
                .map(ReplanPage.Person::userId).toList();
        Optional<Long> session = page.session().filter(s -> inSession.getValue()).map(ReplanPage.Session::id);
        return new ReviewOutcome(ids, notes.getValue(), session,
                page.plan().map(p -> p.snapshot().scenarioId()));
    }

    private void submit(Runnable action, Runnable reload) {
        try {
            action.run();
        } catch (InvalidInputException ex) {
            FieldErrors.show(ex, Map.<String, HasValidation>of("participants", participants, "notes", notes), this);
            keep.setEnabled(true);
            adopt.setEnabled(adoptable);
        } catch (ObjectOptimisticLockingFailureException ex) {
            FieldErrors.error(getTranslation("replan.outcome.stale"));
            reload.run();
        }
    }
}
