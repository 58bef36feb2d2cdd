package app.goalpost.workspace;

import app.goalpost.security.AgencyRole;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.workspace.internal.Workspace;
import app.goalpost.workspace.internal.WorkspaceMember;
import app.goalpost.workspace.internal.WorkspaceMemberRepository;
import app.goalpost.workspace.internal.WorkspaceRepository;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether the signed-in user may see or change a workspace. Services call
 * {@link #require} before touching workspace data; views use the permissions in {@link WorkspaceDetails}.
 * A workspace that is missing, archived for non-admins, in another agency (invisible through the tenant filter)
 * or simply not assigned all answer {@link WorkspaceNotFoundException}, the same way.
 */
@Component
public class WorkspaceAccess {

    private final WorkspaceRepository workspaces;
    private final WorkspaceMemberRepository members;

    WorkspaceAccess(WorkspaceRepository workspaces, WorkspaceMemberRepository members) {
        this.workspaces = workspaces;
        this.members = members;
    }

    /** Checks the permission and returns what the user may do in the workspace, or throws not-found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<WorkspacePermission> require(long workspaceId, WorkspacePermission permission) {
        Set<WorkspacePermission> granted = permissions(workspaceId);
        if (!granted.contains(permission)) {
            throw new WorkspaceNotFoundException();
        }
        return granted;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean can(long workspaceId, WorkspacePermission permission) {
        return permissions(workspaceId).contains(permission);
    }

    /** Ids of the active workspaces the user may open; owners and admins see all of their agency's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> visibleWorkspaceIds() {
        Optional<SharedWorkspaceViewer> viewer = SharedWorkspaceViewer.current();
        if (viewer.isPresent()) {
            return workspaces.findActiveByIdIn(List.of(viewer.get().workspaceId())).stream().map(Workspace::getId)
                    .toList();
        }
        GoalpostPrincipal user = CurrentUser.require();
        if (user.role().seesAllWorkspaces()) {
            return workspaces.findByArchivedFalseOrderByNameAsc().stream().map(Workspace::getId).toList();
        }
        List<Long> assigned = members.findByUserId(user.userId()).stream()
                .map(WorkspaceMember::getWorkspaceId).toList();
        return workspaces.findActiveByIdIn(assigned).stream().map(Workspace::getId).toList();
    }

    Set<WorkspacePermission> permissions(long workspaceId) {
        Optional<SharedWorkspaceViewer> viewer = SharedWorkspaceViewer.current();
        if (viewer.isPresent()) {
            // a share link reads its one active workspace, nothing else (docs/decisions/0020)
            return viewer.get().workspaceId() == workspaceId
                    && workspaces.findById(workspaceId).filter(w -> !w.isArchived()).isPresent()
                    ? EnumSet.of(WorkspacePermission.VIEW) : Set.of();
        }
        GoalpostPrincipal user = CurrentUser.require();
        Optional<Workspace> found = workspaces.findById(workspaceId);
        if (found.isEmpty()) {
            return Set.of();
        }
        return permissions(user, found.get(), members.findByWorkspaceIdAndUserId(workspaceId, user.userId()));
    }

    static Set<WorkspacePermission> permissions(GoalpostPrincipal user, Workspace workspace,
            Optional<WorkspaceMember> membership) {
        AgencyRole role = user.role();
        if (role.seesAllWorkspaces()) {
            // Archived workspaces stay readable to owners and admins so they can restore them.
            return workspace.isArchived()
                    ? EnumSet.of(WorkspacePermission.VIEW, WorkspacePermission.ADMINISTER)
                    : EnumSet.allOf(WorkspacePermission.class);
        }
        if (workspace.isArchived() || membership.isEmpty()) {
            return Set.of();
        }
        ClientAccess level = membership.get().getAccessLevel();
        if (role == AgencyRole.MANAGER && level == ClientAccess.MANAGER) {
            return EnumSet.of(WorkspacePermission.VIEW, WorkspacePermission.EDIT_PLAN,
                    WorkspacePermission.EDIT_BASELINE);
        }
        if (role == AgencyRole.CLIENT && level == ClientAccess.CONTRIBUTOR) {
            return EnumSet.of(WorkspacePermission.VIEW, WorkspacePermission.EDIT_PLAN);
        }
        if (role == AgencyRole.CLIENT && level == ClientAccess.VIEWER) {
            return EnumSet.of(WorkspacePermission.VIEW);
        }
        return Set.of();
    }
}
