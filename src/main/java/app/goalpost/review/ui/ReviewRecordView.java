package app.goalpost.review.ui;

import app.goalpost.review.PlanSnapshot;
import app.goalpost.review.RecordedTrigger;
import app.goalpost.review.ReviewHistoryService;
import app.goalpost.review.ReviewRecord;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One past review in full: date, decision, who recorded it and who took part, notes, the triggers it closed and the
 * plan before and after with their key numbers as they were. Everyone who may see the workspace reads it; the review
 * id is looked up within the workspace, so a foreign id is "not found".
 */
@Route("w/:workspaceId/reviews/record/:reviewId")
@PermitAll
class ReviewRecordView extends WorkspaceScopedView {

    static final String REVIEW_ID = "reviewId";

    private final transient ReviewHistoryService history;

    ReviewRecordView(WorkspaceService workspaces, ReviewHistoryService history) {
        super(workspaces);
        this.history = history;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        long id = parseId(event.getRouteParameters().get(REVIEW_ID).orElse(""), Long::valueOf);
        ReviewRecord r = history.record(w.workspaceId(), id);
        H2 title = new H2(getTranslation("replan.record.title", Formats.date(r.date(), getLocale())));
        title.setId("record-title");
        add(title);
        Paragraph decision = new Paragraph(getTranslation("replan.record.decision") + ": "
                + getTranslation("review.decision." + r.decision().name()) + " · "
                + getTranslation("replan.record.recordedBy", r.recordedBy()));
        decision.setId("record-decision");
        add(decision);
        if (r.sessionId().isPresent()) {
            Paragraph session = new Paragraph(getTranslation("replan.record.session"));
            session.setId("record-session");
            add(session);
        }
        add(new H3(getTranslation("replan.record.participants")));
        add(text("record-participants", r.participants().isEmpty() ? getTranslation("replan.record.noParticipants")
                : String.join(", ", r.participants())));
        add(new H3(getTranslation("replan.record.notes")));
        add(text("record-notes", r.notes().orElseGet(() -> getTranslation("replan.record.noNotes"))));
        add(new H3(getTranslation("replan.record.closed")));
        add(text("record-closed", r.closedTriggers().isEmpty() ? getTranslation("replan.record.noneClosed")
                : r.closedTriggers().stream().map(t -> trigger(t, w)).collect(Collectors.joining("; "))));
        HorizontalLayout plans = new HorizontalLayout(plan("record-before", "replan.record.before", r.before()),
                plan("record-after", "replan.record.after", r.after()));
        plans.setWrap(true);
        plans.setWidthFull();
        add(plans);
        Button back = new Button(getTranslation("replan.back"), e -> ReviewNavigation.reviews(w.workspaceId()));
        back.setId("record-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back);
    }

    private VerticalLayout plan(String id, String titleKey, Optional<PlanSnapshot> plan) {
        VerticalLayout box = new VerticalLayout();
        box.setId(id);
        box.setPadding(false);
        box.setWidth("28em");
        box.add(new H3(getTranslation(titleKey)));
        if (plan.isEmpty()) {
            box.add(new Paragraph(getTranslation("replan.record.noPlan")));
            return box;
        }
        PlanSnapshot p = plan.get();
        box.add(new Paragraph(p.name() + " · " + PlanText.goal(p, this, getLocale()) + " · "
                + Formats.date(p.periodStart(), getLocale()) + " – " + Formats.date(p.periodEnd(), getLocale())));
        Grid<PlanSnapshot.StageNumber> numbers = new Grid<>();
        numbers.setId(id + "-targets");
        numbers.addThemeVariants(GridVariant.LUMO_COMPACT);
        numbers.addColumn(PlanSnapshot.StageNumber::stage).setHeader(getTranslation("replan.record.stage"))
                .setKey("stage");
        numbers.addColumn(n -> Formats.number(n.wholeUnits(), 0, getLocale()))
                .setHeader(getTranslation("replan.record.target")).setTextAlign(ColumnTextAlign.END)
                .setKey("target");
        // one row per funnel stage of the plan
        numbers.setItems(p.targets());
        numbers.setAllRowsVisible(true);
        box.add(numbers);
        return box;
    }

    private String trigger(RecordedTrigger t, WorkspaceDetails w) {
        return ReviewDueText.kind(t.kind(), this) + t.reason().map(x -> ": " + x).orElse("") + " ("
                + t.raisedBy() + ", " + Formats.date(LocalDate.ofInstant(t.raisedAt(), w.timeZone()), getLocale())
                + ")";
    }

    private static Div text(String id, String value) {
        Div d = new Div(value);
        d.setId(id);
        d.getStyle().set("white-space", "pre-wrap");
        return d;
    }

    @Override
    protected String titleKey() {
        return "review.menu";
    }
}
