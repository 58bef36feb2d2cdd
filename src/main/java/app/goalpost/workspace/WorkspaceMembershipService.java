package app.goalpost.workspace;

import app.goalpost.security.AgencyRole;
import app.goalpost.security.Roles;
import app.goalpost.workspace.internal.Workspace;
import app.goalpost.workspace.internal.WorkspaceMember;
import app.goalpost.workspace.internal.WorkspaceMemberRepository;
import app.goalpost.workspace.internal.WorkspaceRepository;
import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is assigned to which workspace: account managers to several, a client user to exactly one. */
@Service
public class WorkspaceMembershipService {

    private final WorkspaceMemberRepository members;
    private final WorkspaceRepository workspaces;
    private final MemberDirectory directory;
    private final WorkspaceAccess access;

    WorkspaceMembershipService(WorkspaceMemberRepository members, WorkspaceRepository workspaces,
            MemberDirectory directory, WorkspaceAccess access) {
        this.members = members;
        this.workspaces = workspaces;
        this.directory = directory;
        this.access = access;
    }

    /**
     * The people who may see a workspace (its owners and admins, assigned account managers and client users), active
     * ones only, by name: whom a review can list as participants. Needs VIEW of the workspace.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<MemberDirectory.Member> people(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return directory.activeSeeingAllOr(members.findByWorkspaceId(workspaceId.value()).stream()
                .map(WorkspaceMember::getUserId).toList());
    }

    /** Workspace id → access level for one user of the agency. */
    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional(readOnly = true)
    public Map<Long, ClientAccess> assignmentsOf(long userId) {
        return members.findByUserId(userId).stream()
                .collect(Collectors.toMap(WorkspaceMember::getWorkspaceId, WorkspaceMember::getAccessLevel));
    }

    /** Every assignment of the agency in one query: user id → (workspace id → access level). */
    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional(readOnly = true)
    public Map<Long, Map<Long, ClientAccess>> allAssignments() {
        return members.findAll().stream().collect(Collectors.groupingBy(WorkspaceMember::getUserId,
                Collectors.toMap(WorkspaceMember::getWorkspaceId, WorkspaceMember::getAccessLevel)));
    }

    /** Replaces an account manager's workspaces with exactly the given ones. */
    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional
    public void assignManager(long userId, Collection<Long> workspaceIds) {
        MemberDirectory.Member member = directory.find(userId).orElseThrow(WorkspaceNotFoundException::new);
        if (member.role() != AgencyRole.MANAGER) {
            throw new IllegalArgumentException("Only account managers get workspace assignments");
        }
        replace(userId, requireWorkspaces(workspaceIds), ClientAccess.MANAGER);
    }

    /** Gives a client user their single workspace with viewer or contributor rights. */
    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional
    public void assignClient(WorkspaceId workspaceId, long userId, ClientAccess access) {
        MemberDirectory.Member member = directory.find(userId).orElseThrow(WorkspaceNotFoundException::new);
        if (member.role() != AgencyRole.CLIENT || access == ClientAccess.MANAGER) {
            throw new IllegalArgumentException("A client user is a viewer or contributor of one workspace");
        }
        replace(userId, requireWorkspaces(List.of(workspaceId.value())), access);
    }

    /** Throws not-found unless every id is a workspace of the agency. */
    @PreAuthorize(Roles.CAN_ADMINISTER)
    @Transactional(readOnly = true)
    public void checkWorkspacesExist(Collection<Long> ids) {
        requireWorkspaces(ids);
    }

    /**
     * Assignments of a user who has just accepted an invitation, as the invitation recorded them. The user
     * feature calls this inside the invitation's agency scope and transaction, before the invitee is signed in,
     * so no role can guard it. It therefore refuses a signed-in caller (who could otherwise grant themselves
     * workspaces) and a user who already has assignments; workspaces archived or foreign meanwhile are skipped.
     */
    @PermitAll
    @Transactional
    public void assignJoinedMember(long userId, AgencyRole role, Collection<Long> workspaceIds,
            ClientAccess clientAccess) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && caller.isAuthenticated() && !(caller instanceof AnonymousAuthenticationToken)) {
            throw new IllegalStateException("Joining assignments are made while accepting an invitation only");
        }
        if (!members.findByUserId(userId).isEmpty()) {
            throw new IllegalStateException("User " + userId + " already has workspace assignments");
        }
        if (role == AgencyRole.MANAGER || role == AgencyRole.CLIENT) {
            ClientAccess level = role == AgencyRole.MANAGER ? ClientAccess.MANAGER : clientAccess;
            Set<Long> existing = workspaces.findAllById(workspaceIds).stream()
                    .filter(w -> !w.isArchived()).map(Workspace::getId).collect(Collectors.toSet());
            replace(userId, existing, level);
        }
    }

    private Set<Long> requireWorkspaces(Collection<Long> ids) {
        Set<Long> wanted = Set.copyOf(ids);
        // The tenant filter hides other agencies' workspaces, so a foreign id is simply "not found".
        List<Workspace> found = workspaces.findAllById(wanted);
        if (found.size() != wanted.size()) {
            throw new WorkspaceNotFoundException();
        }
        return wanted;
    }

    private void replace(long userId, Set<Long> workspaceIds, ClientAccess level) {
        List<WorkspaceMember> current = members.findByUserId(userId);
        for (WorkspaceMember m : current) {
            if (!workspaceIds.contains(m.getWorkspaceId())) {
                members.delete(m);
            } else {
                m.setAccessLevel(level);
            }
        }
        Set<Long> kept = current.stream().map(WorkspaceMember::getWorkspaceId).collect(Collectors.toSet());
        for (Long id : workspaceIds) {
            if (!kept.contains(id)) {
                members.save(new WorkspaceMember(id, userId, level));
            }
        }
    }
}
