package app.goalpost.collab.session.ui;

import app.goalpost.collab.LiveUpdates;
import app.goalpost.collab.session.GoalSessionService;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.workspace.ui.WorkspacePages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Gives every signed-in user's tab its {@link SessionBar}, so the running session's banner shows on every page of the
 * workspace without the main layout or the feature pages knowing about sessions. The bar is made at the tab's first
 * navigation with a signed-in user (and made again if another user signs in on the same tab).
 */
@Component
class SessionBarInstaller implements VaadinServiceInitListener {

    private final GoalSessionService sessions;
    private final LiveUpdates live;
    private final WorkspacePages pages;

    SessionBarInstaller(GoalSessionService sessions, LiveUpdates live, WorkspacePages pages) {
        this.sessions = sessions;
        this.live = live;
        this.pages = pages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            ui.addAfterNavigationListener(navigation -> afterNavigation(ui, navigation));
        });
    }

    private void afterNavigation(UI ui, AfterNavigationEvent event) {
        Optional<GoalpostPrincipal> user = CurrentUser.get();
        SessionBar bar = ComponentUtil.getData(ui, SessionBar.class);
        if (bar != null && (user.isEmpty() || bar.userId() != user.get().userId())) {
            ui.remove(bar);
            ComponentUtil.setData(ui, SessionBar.class, null);
            bar = null;
        }
        if (user.isEmpty()) {
            return;
        }
        if (bar == null) {
            bar = new SessionBar(sessions, live, pages);
            ui.add(bar);
            ComponentUtil.setData(ui, SessionBar.class, bar);
        }
        bar.afterNavigation(event);
    }
}
