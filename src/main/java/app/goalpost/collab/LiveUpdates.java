package app.goalpost.collab;

import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Subscribes a component of a signed-in user's page to one workspace's live events. Access is checked when
 * subscribing (a workspace the user may not see answers like a missing one); the subscription lives while the
 * component is attached and ends on detach (tab closed, navigation, session expired). Events are handed to the
 * component inside {@link UI#access} (on a virtual thread, never on the publisher's), so the handler may change the UI;
 * with server push they reach the browser at once. A change saved by this very UI is not handed back to it.
 */
@Service
public class LiveUpdates {

    private final LiveBus bus;
    private final WorkspaceAccess access;

    LiveUpdates(LiveBus bus, WorkspaceAccess access) {
        this.bus = bus;
        this.access = access;
    }

    /**
     * Calls {@code handler} with every event of the workspace while {@code component} is attached to a UI. Call it
     * from the UI thread (for instance in {@code onOpen}); the subscription follows attach and detach by itself.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public Registration subscribe(Component component, WorkspaceId workspaceId, Consumer<LiveEvent> handler) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        GoalpostPrincipal user = CurrentUser.require();
        var signIn = UiDispatch.currentUser();
        long agencyId = user.agencyId();
        long workspace = workspaceId.value();
        LiveBus.Subscription[] current = new LiveBus.Subscription[1];
        Runnable start = () -> component.getUI().ifPresent(ui -> {
            cancel(current);
            current[0] = bus.subscribe(agencyId, workspace, event -> {
                // the saver's own page already shows its save (and navigates as it wants): only the others update
                if (event.topic() == LiveEvent.Topic.CHANGE && UI.getCurrent() == ui) {
                    return;
                }
                UiDispatch.access(ui, signIn, () -> handler.accept(event));
            });
        });
        if (component.isAttached()) {
            start.run();
        }
        Registration onAttach = component.addAttachListener(e -> start.run());
        Registration onDetach = component.addDetachListener(e -> cancel(current));
        return () -> {
            onAttach.remove();
            onDetach.remove();
            cancel(current);
        };
    }

    private static void cancel(LiveBus.Subscription[] current) {
        if (current[0] != null) {
            current[0].cancel();
            current[0] = null;
        }
    }
}
