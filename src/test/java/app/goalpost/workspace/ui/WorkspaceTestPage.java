package app.goalpost.workspace.ui;

import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.stereotype.Component;

/**
 * A second workspace page that exists only in tests, to prove that the switcher keeps the sub-page without
 * depending on a feature's page.
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

    @Component
    static class MenuEntry implements WorkspaceMenuItem {
        @Override
        public int order() {
            return 950;
        }

        @Override
        public String labelKey() {
            return "test.page";
        }

        @Override
        public VaadinIcon icon() {
            return VaadinIcon.FLASK;
        }

        @Override
        public Class<? extends com.vaadin.flow.component.Component> view() {
            return WorkspaceTestPage.class;
        }
    }
}
