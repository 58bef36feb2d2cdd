package app.goalpost.review.ui;

import app.goalpost.review.PastReview;
import app.goalpost.review.RecordedTrigger;
import app.goalpost.review.ReviewCadenceKind;
import app.goalpost.review.ReviewPage;
import app.goalpost.review.ReviewPolicySettings;
import app.goalpost.review.ReviewService;
import app.goalpost.review.TriggerKind;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.ui.DecimalField;
import app.goalpost.shared.ui.FieldErrors;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import app.goalpost.workspace.ui.Discussions;
import app.goalpost.review.comment.ui.PastReviewThreads;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Goal reviews of a workspace (docs/method.md, step 5): when the next review is due and why, the policy (staff
 * edit it), the open triggers (staff and client contributors record them), "keep the plan" (staff) and the past
 * reviews. Everything shown comes from one {@link ReviewService#page} call.
 */
@Route("w/:workspaceId/reviews")
@PermitAll
@WorkspacePageView(WorkspacePage.REVIEWS)
class ReviewsView extends WorkspaceScopedView {

    private final transient ReviewService reviews;
    private WorkspaceDetails workspace;

    private final transient Discussions discussions; // comments on past reviews (issue 12)

    ReviewsView(WorkspaceService workspaces, ReviewService reviews, Discussions discussions) {
        super(workspaces);
        this.discussions = discussions;
        this.reviews = reviews;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        render();
    }

    private void render() {
        removeAll();
        ReviewPage page = reviews.page(workspace.workspaceId());
        add(new H2(getTranslation("review.title")));
        Paragraph due = new Paragraph(ReviewDueText.of(page.due(), this, getLocale()));
        due.setId("review-due");
        add(due);
        addPolicy(page);
        addTriggers(page);
        if (workspace.can(WorkspacePermission.EDIT_BASELINE)) {
            addKeepPlan();
        }
        addHistory(page);
        add(new PastReviewThreads(discussions, workspace, page.history()));
    }

    private void addPolicy(ReviewPage page) {
        add(new H3(getTranslation("review.policy.title")));
        if (!workspace.can(WorkspacePermission.EDIT_BASELINE)) {
            Paragraph text = new Paragraph(policyText(page.policy()));
            text.setId("review-policy");
            add(text);
            return;
        }
        Select<ReviewCadenceKind> cadence = new Select<>();
        cadence.setId("review-cadence");
        cadence.setLabel(getTranslation("review.policy.cadence"));
        cadence.setItems(ReviewCadenceKind.values());
        cadence.setItemLabelGenerator(k -> getTranslation("review.cadence." + k.name()));
        cadence.setValue(page.policy().cadence());
        cadence.setWidth("18em"); // the quarterly label names the fiscal quarters; it must not be cut
        DecimalField days = new DecimalField(getTranslation("review.policy.days"));
        days.setId("review-interval");
        days.fieldKey("intervalDays").required(true).decimals(0)
                .minimum(BigDecimal.valueOf(ReviewService.MIN_DAYS), true)
                .maximum(BigDecimal.valueOf(ReviewService.MAX_DAYS));
        if (page.policy().cadence() == ReviewCadenceKind.CUSTOM) {
            days.setDecimal(BigDecimal.valueOf(page.policy().intervalDays()));
        }
        days.setVisible(page.policy().cadence() == ReviewCadenceKind.CUSTOM);
        cadence.addValueChangeListener(e -> days.setVisible(e.getValue() == ReviewCadenceKind.CUSTOM));
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                int interval = cadence.getValue() == ReviewCadenceKind.CUSTOM
                        ? days.getDecimal().orElseThrow().intValueExact() : 0;
                reviews.updatePolicy(workspace.workspaceId(), new ReviewPolicySettings(cadence.getValue(), interval),
                        page.policyVersion());
                FieldErrors.success(getTranslation("review.policy.saved"));
                render();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("intervalDays", days), this);
            } catch (ObjectOptimisticLockingFailureException ex) {
                FieldErrors.conflict(this, "common.concurrentEdit", "review-policy-conflict",
                        Optional.of(this::render));
            }
        });
        save.setId("review-policy-save");
        HorizontalLayout row = new HorizontalLayout(cadence, days, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }

    private String policyText(ReviewPolicySettings policy) {
        return policy.cadence() == ReviewCadenceKind.CUSTOM
                ? getTranslation("review.policy.everyDays", policy.intervalDays())
                : getTranslation("review.cadence." + policy.cadence().name());
    }

    private void addTriggers(ReviewPage page) {
        add(new H3(getTranslation("review.triggers.title")));
        Div list = new Div();
        list.setId("review-triggers");
        if (page.due().triggers().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("review.triggers.none"));
            none.addClassName("gp-empty");
            list.add(none);
        }
        for (RecordedTrigger t : page.due().triggers()) {
            Paragraph p = new Paragraph(triggerText(t));
            p.setId("review-trigger-" + t.id());
            list.add(p);
        }
        add(list);
        if (!workspace.can(WorkspacePermission.EDIT_PLAN)) {
            return;
        }
        Select<TriggerKind> kind = new Select<>();
        kind.setId("review-trigger-kind");
        kind.setLabel(getTranslation("review.triggers.kind"));
        kind.setItems(TriggerKind.values());
        kind.setItemLabelGenerator(k -> ReviewDueText.kind(k, this));
        kind.setValue(TriggerKind.AUDIENCE_CHANGED);
        TextField reason = new TextField(getTranslation("review.triggers.reason"));
        reason.setId("review-trigger-reason");
        reason.setMaxLength(500);
        reason.setWidth("24em");
        Button record = new Button(getTranslation("review.triggers.record"), e -> {
            try {
                reviews.recordTrigger(workspace.workspaceId(), kind.getValue(), reason.getValue());
                render();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("reason", reason), this);
            }
        });
        record.setId("review-trigger-record");
        HorizontalLayout row = new HorizontalLayout(kind, reason, record);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);
    }

    private String triggerText(RecordedTrigger t) {
        String label = ReviewDueText.kind(t.kind(), this) + t.reason().map(r -> ": " + r).orElse("");
        return getTranslation("review.triggers.line", label, t.raisedBy(),
                Formats.date(LocalDate.ofInstant(t.raisedAt(), workspace.timeZone()), getLocale()));
    }

    private void addKeepPlan() {
        add(new H3(getTranslation("review.keep.title")));
        TextArea notes = new TextArea(getTranslation("review.keep.notes"));
        notes.setId("review-notes");
        notes.setMaxLength(5000);
        notes.setWidthFull();
        Button keep = new Button(getTranslation("review.keep.record"), e -> {
            try {
                reviews.keepPlan(workspace.workspaceId(), notes.getValue());
                FieldErrors.success(getTranslation("review.keep.recorded"));
                render();
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("notes", notes), this);
            }
        });
        keep.setId("review-keep");
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(notes, keep);
    }

    private void addHistory(ReviewPage page) {
        add(new H3(getTranslation("review.history.title")));
        if (page.history().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("review.history.none"));
            none.setId("review-history-empty");
            none.addClassName("gp-empty");
            add(none);
            return;
        }
        Grid<PastReview> grid = new Grid<>();
        grid.setId("review-history");
        grid.addColumn(r -> Formats.date(r.date(), getLocale())).setHeader(getTranslation("review.history.date"))
                .setAutoWidth(true).setKey("date");
        grid.addColumn(PastReview::recordedBy).setHeader(getTranslation("review.history.by")).setAutoWidth(true)
                .setKey("by");
        grid.addColumn(r -> getTranslation("review.decision." + r.decision().name()))
                .setHeader(getTranslation("review.history.decision")).setAutoWidth(true).setKey("decision");
        grid.addColumn(r -> r.notes().orElse("")).setHeader(getTranslation("review.history.notes")).setFlexGrow(3)
                .setKey("notes");
        grid.addColumn(r -> r.closedTriggers().stream().map(t -> ReviewDueText.kind(t.kind(), this))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("review.history.closed"))
                .setFlexGrow(2).setKey("closed");
        // at most the 50 most recent reviews (ReviewRepository), so the rows are bounded
        grid.setItems(page.history());
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    protected String titleKey() {
        return "review.menu";
    }
}
