package app.goalpost.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The switcher's paged query: only what the user may open (never another agency's, never an unassigned one, never
 * archived), most recently opened first, filtered and paged by the database.
 */
@IntegrationTest
class WorkspaceSwitcherQueryTest {

    @Autowired Fixtures fixtures;
    @Autowired WorkspaceService workspaces;
    @Autowired MutableClock clock;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        f = fixtures.agency("swq");
        other = fixtures.agency("swqother");
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void ownersGetTheirAgencysWorkspacesOnlyMostRecentFirstThenByName() {
        fixtures.signIn(f.owner());
        assertThat(ids("", 0, 50)).containsExactly(f.ws1(), f.ws2(), f.ws3()); // Alpha, Beta, Gamma
        workspaces.open(f.ws3Id());
        clock.advance(Duration.ofMinutes(1));
        workspaces.open(f.ws2Id());
        assertThat(ids("", 0, 50)).containsExactly(f.ws2(), f.ws3(), f.ws1());
        assertThat(workspaces.switcherCount("")).isEqualTo(3);

        // another user's visits do not reorder this user's list
        fixtures.signIn(f.admin());
        assertThat(ids("", 0, 50)).containsExactly(f.ws1(), f.ws2(), f.ws3());
    }

    @Test
    void managersAndClientsGetOnlyAssignedWorkspaces() {
        fixtures.signIn(f.manager());
        assertThat(ids("", 0, 50)).containsExactlyInAnyOrder(f.ws1(), f.ws2());
        assertThat(workspaces.switcherCount("")).isEqualTo(2);
        assertThat(ids("gamma", 0, 50)).isEmpty();
        fixtures.signIn(f.client());
        assertThat(ids("", 0, 50)).containsExactly(f.ws1());
    }

    @Test
    void anotherAgencysWorkspacesNeverAppearWhateverTheSearch() {
        fixtures.signIn(other.owner());
        assertThat(ids("swq ", 0, 50)).doesNotContain(f.ws1(), f.ws2(), f.ws3());
        assertThat(ids("", 0, 50)).containsExactlyInAnyOrder(other.ws1(), other.ws2(), other.ws3());
    }

    @Test
    void searchIsCaseInsensitiveLiteralAndPagesAtAnyOffset() {
        fixtures.signIn(f.owner());
        assertThat(ids("BETA", 0, 50)).containsExactly(f.ws2());
        assertThat(workspaces.switcherCount("BETA")).isEqualTo(1);
        assertThat(ids("%", 0, 50)).isEmpty();
        assertThat(ids("_", 0, 50)).isEmpty();
        assertThat(ids("", 1, 1)).containsExactly(f.ws2());
        assertThat(ids("", 2, 5)).containsExactly(f.ws3());
        assertThat(ids("", 0, 0)).isEmpty();
    }

    @Test
    void archivedWorkspacesAreNotOffered() {
        fixtures.signIn(f.owner());
        workspaces.setArchived(f.ws3Id(), true);
        assertThat(ids("", 0, 50)).containsExactly(f.ws1(), f.ws2());
    }

    private java.util.List<Long> ids(String search, int offset, int limit) {
        return workspaces.switcherPage(search, offset, limit).stream().map(WorkspaceSummary::id).toList();
    }
}
