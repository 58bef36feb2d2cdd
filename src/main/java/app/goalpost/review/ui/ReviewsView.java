package app.goalpost.review.ui;

import app.goalpost.review.ReviewHistoryService;
import app.goalpost.review.RecordedTrigger;
import app.goalpost.review.ReviewCadenceKind;
import app.goalpost.review.ReviewPage;
import app.goalpost.review.ReviewPolicySettings;
import app.goalpost.review.ReviewService;
import app.goalpost.review.TriggerDetectionService;
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
    private final transient TriggerDetectionService detection;
    private final transient ReviewHistoryService history;
    private WorkspaceDetails workspace;

    private final transient Discussions discussions; // comments on past reviews (issue 12)

    ReviewsView(WorkspaceService workspaces, ReviewService reviews, TriggerDetectionService detection,
            ReviewHistoryService history, Discussions discussions) {
        super(workspaces);
        this.discussions = discussions;
        this.reviews = reviews;
        this.detection = detection;
        this.history = history;
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
        add(new DetectionThresholdsForm(detection, workspace, this::render));
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
        kind.setItems(TriggerKind.recordable());
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
        if (t.detection().isPresent()) {
            return DetectedTriggerText.of(t, t.detection().get(), this, getLocale(), workspace.currency());
        }
        String label = ReviewDueText.kind(t.kind(), this) + t.reason().map(r -> ": " + r).orElse("");
        return getTranslation("review.triggers.line", label, t.raisedBy(),
                Formats.date(LocalDate.ofInstant(t.raisedAt(), workspace.timeZone()), getLocale()));
    }

    private void addKeepPlan() {
        add(new H3(getTranslation("review.keep.title")));
        // the review itself (plan against the data, proposed baseline, re-plan) is its own page
        Button hold = new Button(getTranslation("replan.open"), e -> ReviewNavigation.hold(workspace.workspaceId()));
        hold.setId("review-hold");
        add(hold);
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
        if (!workspace.can(WorkspacePermission.EDIT_BASELINE)) {
            // clients take part in reviews: the same numbers, read-only
            Button open = new Button(getTranslation("replan.title"),
                    e -> ReviewNavigation.hold(workspace.workspaceId()));
            open.setId("review-hold");
            add(open);
        }
        add(new H3(getTranslation("review.history.title")));
        if (page.history().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("review.history.none"));
            none.setId("review-history-empty");
            none.addClassName("gp-empty");
            add(none);
            return;
        }
        // every past review, page by page; a click opens its full record
        add(new PastReviewsGrid(history, workspace.workspaceId(), getLocale()));
    }

    @Override
    protected String titleKey() {
        return "review.menu";
    }
}
