package app.goalpost.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agency home's paged query: only what the user may open (never another agency's, never an unassigned one;
 * archived ones to owners and admins who ask), sorted by name, filtered and paged by the database, whatever the
 * search, the direction and the page.
 */
@IntegrationTest
class WorkspaceHomeQueryTest {

    @Autowired Fixtures fixtures;
    @Autowired WorkspaceService workspaces;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        f = fixtures.agency("hq");
        other = fixtures.agency("hqother");
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void ownersGetTheirAgencysWorkspacesByNameInEitherDirection() {
        fixtures.signIn(f.owner());
        assertThat(ids("", false, false, 0, 50)).containsExactly(f.ws1(), f.ws2(), f.ws3()); // Alpha, Beta, Gamma
        assertThat(ids("", false, true, 0, 50)).containsExactly(f.ws3(), f.ws2(), f.ws1());
        assertThat(workspaces.homeCount("", false)).isEqualTo(3);
    }

    @Test
    void anAccountManagerSeesOnlyAssignedWorkspacesWhateverTheSearchAndPage() {
        fixtures.signIn(f.manager());
        List<Long> assigned = List.of(f.ws1(), f.ws2());
        assertThat(ids("", false, false, 0, 50)).containsExactly(f.ws1(), f.ws2());
        assertThat(ids("", true, true, 0, 50)).containsExactly(f.ws2(), f.ws1()); // "archived" ignored
        assertThat(workspaces.homeCount("", true)).isEqualTo(2);
        assertThat(ids("gamma", false, false, 0, 50)).isEmpty();
        assertThat(workspaces.homeCount("gamma", true)).isZero();
        for (String search : List.of("", "hq", "HQOTHER", "a", "%", "_")) {
            for (int offset : List.of(0, 1, 2, 5)) {
                for (boolean desc : List.of(false, true)) {
                    assertThat(ids(search, true, desc, offset, 1)).isSubsetOf(assigned);
                    assertThat(ids(search, false, desc, offset, 3)).isSubsetOf(assigned);
                }
            }
        }
        // paging one row at a time walks exactly the assigned workspaces, in order
        assertThat(IntStream.range(0, 4).boxed().flatMap(i -> ids("", false, false, i, 1).stream()).toList())
                .containsExactly(f.ws1(), f.ws2());
        fixtures.signIn(f.client());
        assertThat(ids("", true, false, 0, 50)).containsExactly(f.ws1());
    }

    @Test
    void anotherAgencysWorkspacesNeverAppearWhateverTheSearch() {
        fixtures.signIn(other.owner());
        List<Long> mine = List.of(other.ws1(), other.ws2(), other.ws3());
        for (String search : List.of("", "hq ", "alpha", "Beta", f.ws1() + "")) {
            assertThat(ids(search, true, false, 0, 50)).isSubsetOf(mine);
            assertThat(ids(search, true, true, 0, 50)).isSubsetOf(mine);
        }
        assertThat(ids("", true, false, 0, 50)).containsExactlyElementsOf(mine);
        assertThat(workspaces.homeCount("", true)).isEqualTo(3);
        assertThat(ids("", true, false, 3, 50)).isEmpty();
    }

    @Test
    void archivedOnesAreListedLastForOwnersWhoAskAndNeverForManagers() {
        fixtures.signIn(f.owner());
        workspaces.setArchived(f.ws1Id(), true);
        assertThat(ids("", false, false, 0, 50)).containsExactly(f.ws2(), f.ws3());
        assertThat(ids("", true, false, 0, 50)).containsExactly(f.ws2(), f.ws3(), f.ws1());
        assertThat(ids("", true, true, 0, 50)).containsExactly(f.ws3(), f.ws2(), f.ws1());
        assertThat(workspaces.homeCount("", true)).isEqualTo(3);
        assertThat(workspaces.homeCount("", false)).isEqualTo(2);
        fixtures.signIn(f.manager());
        assertThat(ids("", true, false, 0, 50)).containsExactly(f.ws2());
    }

    @Test
    void searchIsCaseInsensitiveAndLiteral() {
        fixtures.signIn(f.owner());
        assertThat(ids("BETA", false, false, 0, 50)).containsExactly(f.ws2());
        assertThat(workspaces.homeCount("BETA", false)).isEqualTo(1);
        assertThat(ids("%", false, false, 0, 50)).isEmpty();
        assertThat(ids("_", false, false, 0, 50)).isEmpty();
        assertThat(ids("", false, false, 1, 1)).containsExactly(f.ws2());
        assertThat(ids("", false, false, 0, 0)).isEmpty();
    }

    private List<Long> ids(String search, boolean archived, boolean desc, int offset, int limit) {
        return workspaces.homePage(search, archived, desc, offset, limit).stream().map(WorkspaceSummary::id).toList();
    }
}
