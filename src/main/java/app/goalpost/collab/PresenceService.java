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
        var signIn = UiDispatch.currentUser();
        Runnable[] current = new Runnable[1];
        Runnable stop = () -> {
            if (current[0] != null) {
                current[0].run();
                current[0] = null;
            }
        };
        Runnable start = () -> component.getUI().ifPresent(ui -> {
            stop.run();
            // coalesce: while one refresh of this page is queued, further changes ride on it (it reads the registry
            // when it runs), so a burst of N arrivals costs each watching page one refresh, not N
            java.util.concurrent.atomic.AtomicBoolean queued = new java.util.concurrent.atomic.AtomicBoolean();
            current[0] = registry.watch(user.agencyId(), workspaceId.value(), () -> {
                if (queued.compareAndSet(false, true)) {
                    UiDispatch.access(ui, signIn, () -> {
                        queued.set(false);
                        onChange.accept(named(user.agencyId(), workspaceId));
                    });
                }
            });
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
        // one directory look-up per person, however many tabs and pages they have open
        java.util.Map<Long, java.util.Optional<MemberDirectory.Member>> people = new java.util.HashMap<>();
        return registry.present(agencyId, workspaceId.value()).stream()
                .flatMap(e -> people.computeIfAbsent(e.userId, members::find).filter(MemberDirectory.Member::active)
                        .stream()
                        .map(m -> new Presence(e.key, e.userId, m.displayName(), e.page, e.field,
                                (int) (e.userId % Presence.COLOURS))))
                .toList();
    }
}
