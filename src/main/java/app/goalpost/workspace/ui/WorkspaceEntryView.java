package app.goalpost.workspace.ui;

import app.goalpost.workspace.WorkspaceId;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** {@code /w/{id}} opens the workspace's landing page (access is checked there, like everywhere). */
@Route("w/:workspaceId")
@PermitAll
class WorkspaceEntryView extends Div implements BeforeEnterObserver {

    private final transient WorkspacePages pages;

    WorkspaceEntryView(WorkspacePages pages) {
        this.pages = pages;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorkspaceId id = WorkspaceScopedView.parseId(event.getRouteParameters().get(WorkspaceScopedView.WORKSPACE_ID)
                .orElse(""), WorkspaceId::new);
        event.forwardTo(pages.home(), WorkspaceNavigation.params(id));
    }
}
