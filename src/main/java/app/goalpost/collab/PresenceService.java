package app.goalpost.collab;

import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.workspace.MemberDirectory;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Presence for pages: a page enters its workspace (who is where, which field), and watches who else is there.
 * Access is checked like {@link LiveUpdates}: a workspace the user may not see answers like a missing one, so a
 * client never learns who is in another workspace. Presence events carry ids and codes; names are read here, for the
 * watching user, from their own agency's directory.
 */
@Service
public class PresenceService {

    private final PresenceRegistry registry;
    private final WorkspaceAccess access;
    private final MemberDirectory members;

    PresenceService(PresenceRegistry registry, WorkspaceAccess access, MemberDirectory members) {
        this.registry = registry;
        this.access = access;
        this.members = members;
    }

    /**
     * The signed-in user is on {@code page} of the workspace while {@code component} is attached (entered again
     * when it is attached again). Call from the UI thread.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public Here enter(Component component, WorkspaceId workspaceId, String page) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        GoalpostPrincipal user = CurrentUser.require();
        Here here = new Here(registry, p -> registry.enter(user.agencyId(), workspaceId.value(), user.userId(), p,
                component.getUI().<java.util.function.LongSupplier>map(ui -> ui.getInternals()::getLastHeartbeatTimestamp)
                        .orElse(null)));
        here.start(page);
        here.listen(component.addAttachListener(e -> here.restart()));
        here.listen(component.addDetachListener(e -> here.pause()));
        return here;
    }

    /**
     * Calls {@code onChange} (inside {@link UI#access}) with who is in the workspace whenever that changes, while
     * {@code component} is attached, and once at once.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public Registration watch(Component component, WorkspaceId workspaceId, Consumer<List<Presence>> onChange) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        GoalpostPrincipal user = CurrentUser.require();
        Runnable[] current = new Runnable[1];
        Runnable stop = () -> {
            if (current[0] != null) {
                current[0].run();
                current[0] = null;
            }
        };
        Runnable start = () -> component.getUI().ifPresent(ui -> {
            stop.run();
            current[0] = registry.watch(user.agencyId(), workspaceId.value(),
                    () -> UiDispatch.access(ui, () -> onChange.accept(named(user.agencyId(), workspaceId))));
        });
        if (component.isAttached()) {
            start.run();
            onChange.accept(named(user.agencyId(), workspaceId));
        }
        Registration onAttach = component.addAttachListener(e -> start.run());
        Registration onDetach = component.addDetachListener(e -> stop.run());
        return () -> {
            onAttach.remove();
            onDetach.remove();
            stop.run();
        };
    }

    /** Who is in the workspace now, named for the signed-in user. */
    @PreAuthorize(Roles.SIGNED_IN)
    public List<Presence> present(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return named(CurrentUser.require().agencyId(), workspaceId);
    }

    private List<Presence> named(long agencyId, WorkspaceId workspaceId) {
        return registry.present(agencyId, workspaceId.value()).stream()
                .flatMap(e -> members.find(e.userId).filter(MemberDirectory.Member::active).stream()
                        .map(m -> new Presence(e.key, e.userId, m.displayName(), e.page, e.field,
                                (int) (e.userId % Presence.COLOURS))))
                .toList();
    }
}
