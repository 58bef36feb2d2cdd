package app.goalpost.review.ui;

import app.goalpost.review.ReplanPage;
import app.goalpost.review.ReplanService;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The review itself (docs/method.md, step 5): the plan of record against the latest data, the open triggers, the
 * baseline proposed from recent actuals with the plan's goal on it side by side, and the decision (agency staff).
 * Everyone who may see the workspace reads it; everything shown comes from one {@link ReplanService#page} call.
 */
@Route("w/:workspaceId/reviews/hold")
@PermitAll
class ReplanView extends WorkspaceScopedView {

    private final transient ReplanService replan;
    private WorkspaceDetails workspace;

    ReplanView(WorkspaceService workspaces, ReplanService replan) {
        super(workspaces);
        this.replan = replan;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        this.workspace = w;
        render();
    }

    private void render() {
        removeAll();
        ReplanPage page = replan.page(workspace.workspaceId(), getLocale());
        add(new H2(getTranslation("replan.title")));
        Paragraph intro = new Paragraph(getTranslation(page.canHold() ? "replan.intro" : "replan.readOnly"));
        intro.setId("replan-intro");
        add(intro);
        add(new PlanStandingPanel(page, workspace, getLocale()));
        add(new ProposalPanel(page, workspace, getLocale()));
        if (page.canHold()) {
            add(new OutcomeForm(replan, workspace, page, this::done, this::render));
        }
        Button back = new Button(getTranslation("replan.back"), e -> ReviewNavigation.reviews(workspace.workspaceId()));
        back.setId("replan-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back);
    }

    private void done(long reviewId) {
        ReviewNavigation.record(workspace.workspaceId(), reviewId);
    }

    @Override
    protected String titleKey() {
        // the menu page it belongs to, so presence says "Reviews"
        return "review.menu";
    }
}
