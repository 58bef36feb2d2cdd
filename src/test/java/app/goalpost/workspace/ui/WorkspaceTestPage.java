package app.goalpost.workspace.ui;

import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A second workspace page that exists only in tests, to prove that the switcher keeps the sub-page without
 * depending on a feature's page. It is in no menu slot: the switcher keeps any
 * workspace page, not only the ones of the menu.
 */
@Route("w/:workspaceId/test-page")
@PermitAll
public class WorkspaceTestPage extends WorkspaceScopedView {

    WorkspaceTestPage(WorkspaceService workspaces) {
        super(workspaces);
    }

    @Override
    protected void onOpen(WorkspaceDetails workspace, BeforeEnterEvent event) {
        add(new Span("test page of " + workspace.name()));
    }

    @Override
    protected String titleKey() {
        return "menu.settings";
    }
}
