package app.goalpost.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Who may see and change which workspace inside one agency. */
@IntegrationTest
class WorkspaceAccessTest {

    @Autowired Fixtures fixtures;
    @Autowired WorkspaceService workspaces;
    @Autowired WorkspaceAccess access;
    @Autowired app.goalpost.support.MutableClock clock;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("acc");
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void ownersAndAdminsSeeEveryWorkspace() {
        for (String user : new String[] {f.owner(), f.admin()}) {
            fixtures.signIn(user);
            assertThat(access.visibleWorkspaceIds()).containsExactlyInAnyOrder(f.ws1(), f.ws2(), f.ws3());
            assertThat(workspaces.get(f.ws3Id()).permissions()).containsExactlyInAnyOrder(WorkspacePermission.values());
        }
    }

    @Test
    void accountManagerReachesOnlyAssignedWorkspaces() {
        fixtures.signIn(f.manager());
        assertThat(access.visibleWorkspaceIds()).containsExactlyInAnyOrder(f.ws1(), f.ws2());
        assertThat(workspaces.get(f.ws1Id()).permissions()).containsExactlyInAnyOrder(WorkspacePermission.VIEW,
                WorkspacePermission.EDIT_PLAN, WorkspacePermission.EDIT_BASELINE);
        assertThatThrownBy(() -> workspaces.get(f.ws3Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> workspaces.open(f.ws3Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> workspaces.create(Fixtures.form("Nope", CompanyStage.STARTUP)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void clientUsersReachOnlyTheirOwnWorkspace() {
        fixtures.signIn(f.client());
        assertThat(workspaces.list("", true)).extracting(WorkspaceSummary::id).containsExactly(f.ws1());
        assertThat(workspaces.get(f.ws1Id()).permissions()).containsExactly(WorkspacePermission.VIEW);
        assertThatThrownBy(() -> workspaces.get(f.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> workspaces.get(f.ws3Id())).isInstanceOf(WorkspaceNotFoundException.class);

        fixtures.signIn(f.contributor());
        assertThat(workspaces.get(f.ws2Id()).permissions()).containsExactlyInAnyOrder(WorkspacePermission.VIEW,
                WorkspacePermission.EDIT_PLAN);
        assertThatThrownBy(() -> workspaces.get(f.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
    }

    @Test
    void archivedWorkspacesDisappearForEveryoneButAdmins() {
        fixtures.signIn(f.owner());
        workspaces.setArchived(f.ws1Id(), true);
        assertThat(workspaces.list("", false)).extracting(WorkspaceSummary::id).doesNotContain(f.ws1());
        assertThat(workspaces.list("", true)).extracting(WorkspaceSummary::id).contains(f.ws1());
        fixtures.signIn(f.manager());
        assertThatThrownBy(() -> workspaces.get(f.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        fixtures.signIn(f.client());
        assertThat(workspaces.list("", false)).isEmpty();
        fixtures.signIn(f.owner());
        workspaces.setArchived(f.ws1Id(), false);
        fixtures.signIn(f.client());
        assertThat(workspaces.list("", false)).extracting(WorkspaceSummary::id).containsExactly(f.ws1());
    }

    @Test
    void searchAndRecentFirstOrdering() {
        fixtures.signIn(f.owner());
        assertThat(workspaces.list("gamma", false)).extracting(WorkspaceSummary::id).containsExactly(f.ws3());
        workspaces.open(f.ws3Id());
        // Seconds apart, as people switch: MariaDB through Connector/J keeps whole seconds only.
        clock.advance(java.time.Duration.ofSeconds(2));
        workspaces.open(f.ws2Id());
        assertThat(workspaces.switcherPage("", 0, 10)).extracting(WorkspaceSummary::id).startsWith(f.ws2(), f.ws3());
    }

    @Test
    void staleEditsAndDuplicateNamesAreRefused() {
        fixtures.signIn(f.owner());
        WorkspaceDetails before = workspaces.get(f.ws1Id());
        WorkspaceForm form = WorkspaceForm.of(before);
        form.setName(before.name() + " renamed");
        workspaces.update(f.ws1Id(), form, before.version());
        assertThatThrownBy(() -> workspaces.update(f.ws1Id(), form, before.version()))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        WorkspaceForm clash = WorkspaceForm.of(workspaces.get(f.ws2Id()));
        clash.setName(form.getName().toUpperCase(java.util.Locale.ROOT));
        assertThatThrownBy(() -> workspaces.update(f.ws2Id(), clash, workspaces.get(f.ws2Id()).version()))
                .isInstanceOf(WorkspaceService.DuplicateWorkspaceNameException.class);
        assertThat(workspaces.get(f.ws2Id()).name()).isNotEqualTo(clash.getName());
    }
}
