package app.goalpost.workspace;

import app.goalpost.security.AgencyRole;
import app.goalpost.workspace.internal.Workspace;
import app.goalpost.workspace.internal.WorkspaceMember;
import app.goalpost.workspace.internal.WorkspaceMemberRepository;
import app.goalpost.workspace.internal.WorkspaceRepository;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see a workspace: its agency's active owners and admins, and the active users assigned to it with the
 * access their role needs (an account manager as manager, a client as viewer or contributor), the same rule as
 * {@link WorkspaceAccess#permissions}. For notifications and @mentions. It answers for the current tenant only
 * (the Hibernate filter), so a foreign workspace has no audience; callers that act for a signed-in user check
 * their access first, background jobs call it inside {@code TenantContext.runAsTenant}.
 */
@Component
public class WorkspaceAudience {

    private final WorkspaceRepository workspaces;
    private final WorkspaceMemberRepository members;
    private final MemberDirectory directory;

    WorkspaceAudience(WorkspaceRepository workspaces, WorkspaceMemberRepository members, MemberDirectory directory) {
        this.workspaces = workspaces;
        this.members = members;
        this.directory = directory;
    }

    /** An active user who may see the workspace; {@code staff} is false for client users. */
    public record Person(long userId, String displayName, String email, AgencyRole role, Locale locale) {

        public boolean staff() {
            return role.isStaff();
        }
    }

    /** The workspace's name and everyone who may open it; empty when it is archived, gone or foreign. */
    public record Audience(WorkspaceId workspaceId, String workspaceName, List<Person> people) {

        public Audience {
            people = List.copyOf(people);
        }

        public Optional<Person> person(long userId) {
            return people.stream().filter(p -> p.userId() == userId).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public Optional<Audience> of(WorkspaceId workspaceId) {
        Optional<Workspace> found = workspaces.findById(workspaceId.value()).filter(w -> !w.isArchived());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, ClientAccess> assigned = members.findByWorkspaceId(workspaceId.value()).stream()
                .collect(Collectors.toMap(WorkspaceMember::getUserId, WorkspaceMember::getAccessLevel,
                        (a, b) -> a));
        List<Person> people = directory.activePeople().stream().filter(p -> maySee(p.role(), assigned.get(p.userId())))
                .toList();
        return Optional.of(new Audience(workspaceId, found.get().getName(), people));
    }

    /**
     * The active workspaces of every agency, for a scheduled job that then works agency by agency: call it inside
     * {@code TenantContext.runAsSystem} (elsewhere it sees the current agency's only).
     */
    @Transactional(readOnly = true)
    public Map<Long, List<WorkspaceId>> activeWorkspacesByAgency() {
        return workspaces.findByArchivedFalseOrderByNameAsc().stream().collect(Collectors.groupingBy(
                Workspace::getAgencyId, Collectors.mapping(w -> new WorkspaceId(w.getId()), Collectors.toList())));
    }

    private static boolean maySee(AgencyRole role, @Nullable ClientAccess level) {
        if (role.seesAllWorkspaces()) {
            return true;
        }
        if (level == null) {
            return false;
        }
        return role == AgencyRole.MANAGER ? level == ClientAccess.MANAGER
                : role == AgencyRole.CLIENT && level != ClientAccess.MANAGER;
    }

}
