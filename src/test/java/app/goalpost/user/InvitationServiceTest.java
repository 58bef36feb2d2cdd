package app.goalpost.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.security.AgencyRole;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.ClientAccess;
import app.goalpost.workspace.WorkspaceMembershipService;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class InvitationServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired InvitationService invitations;
    @Autowired WorkspaceService workspaces;
    @Autowired UserDetailsService userDetails;
    @Autowired MutableClock clock;
    @Autowired WorkspaceMembershipService memberships;
    @Autowired ApplicationEvents events;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        clock.reset();
        f = fixtures.agency("inv");
        fixtures.signIn(f.owner());
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        Fixtures.signOut();
    }

    @Test
    void anInvitationWorksOnceAndGivesTheInvitedRoleAndWorkspace() {
        String email = "new-client-" + f.agencyId() + "@inv.test";
        InvitationLink link = invitations.invite(new InvitationRequest(email, AgencyRole.CLIENT, List.of(f.ws3()),
                ClientAccess.CONTRIBUTOR));
        assertThat(link.url()).startsWith("http://localhost:8080/invitation/");
        assertThat(link.mailed()).isFalse();
        String token = Fixtures.token(link);
        Fixtures.signOut();

        assertThat(invitations.preview(token)).get().extracting(InvitationPreview::email).isEqualTo(email);
        invitations.accept(token, "Dana Client", "a-long-password");
        assertThat(invitations.preview(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "Dana Again", "a-long-password"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("invite.expired");

        fixtures.signIn(email);
        assertThat(workspaces.list("", false)).extracting(WorkspaceSummary::id).containsExactly(f.ws3());
    }

    @Test
    void acceptingPublishesMemberJoinedAfterTheAssignmentsAreMade() {
        String email = "joined-" + f.agencyId() + "@inv.test";
        String token = Fixtures.token(invitations.invite(new InvitationRequest(email, AgencyRole.MANAGER,
                List.of(f.ws1(), f.ws3()), null)));
        Fixtures.signOut();
        invitations.accept(token, "Jo Manager", "a-long-password");

        MemberJoined joined = events.stream(MemberJoined.class).reduce((a, b) -> b).orElseThrow();
        assertThat(joined.role()).isEqualTo(AgencyRole.MANAGER);
        assertThat(joined.workspaceIds()).containsExactlyInAnyOrder(f.ws1(), f.ws3());
        fixtures.signIn(f.owner());
        assertThat(memberships.assignmentsOf(joined.userId())).containsOnlyKeys(f.ws1(), f.ws3());
    }

    @Test
    void joiningAssignmentsCannotBeGrantedBySignedInUsersNorTwice() {
        // a signed-in manager must not be able to give themselves another workspace through this path
        long managerId = fixtures.signIn(f.manager()).userId();
        assertThatThrownBy(() -> memberships.assignJoinedMember(managerId, AgencyRole.MANAGER, List.of(f.ws3()),
                null)).isInstanceOf(IllegalStateException.class);
        Fixtures.signOut();
        // nor, outside a sign-in, for a user who already has assignments (only a new member gets them)
        assertThatThrownBy(() -> TenantContext.runAsTenant(f.agencyId(),
                () -> memberships.assignJoinedMember(managerId, AgencyRole.MANAGER, List.of(f.ws3()), null)))
                .isInstanceOf(IllegalStateException.class);
        fixtures.signIn(f.owner());
        assertThat(memberships.assignmentsOf(managerId)).containsOnlyKeys(f.ws1(), f.ws2());
    }

    @Test
    void anExpiredInvitationIsRefusedAndCreatesNoAccount() {
        String email = "late-" + f.agencyId() + "@inv.test";
        String token = Fixtures.token(invitations.invite(new InvitationRequest(email, AgencyRole.MANAGER,
                List.of(f.ws1()), null)));
        Fixtures.signOut();
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        assertThat(invitations.preview(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "Late Larry", "a-long-password"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> userDetails.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void aRevokedInvitationCannotBeUsed() {
        String token = Fixtures.token(invitations.invite(new InvitationRequest("revoked-" + f.agencyId() + "@inv.test",
                AgencyRole.ADMIN, List.of(), null)));
        PendingInvitation pending = invitations.pending().getFirst();
        invitations.revoke(pending.id());
        Fixtures.signOut();
        assertThat(invitations.preview(token)).isEmpty();
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> invitations.invite(new InvitationRequest("not-an-email", AgencyRole.MANAGER,
                List.of(), null))).extracting(e -> ((InvalidInputException) e).field()).isEqualTo("email");
        assertThatThrownBy(() -> invitations.invite(new InvitationRequest(f.manager(), AgencyRole.MANAGER,
                List.of(), null))).extracting(e -> ((InvalidInputException) e).messageKey())
                .isEqualTo("invite.validation.emailTaken");
        assertThatThrownBy(() -> invitations.invite(new InvitationRequest("two-" + f.agencyId() + "@inv.test",
                AgencyRole.CLIENT, List.of(f.ws1(), f.ws2()), ClientAccess.VIEWER)))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("workspaces");
        assertThat(invitations.pending()).isEmpty();

        String token = Fixtures.token(invitations.invite(new InvitationRequest("weak-" + f.agencyId() + "@inv.test",
                AgencyRole.MANAGER, List.of(), null)));
        Fixtures.signOut();
        assertThatThrownBy(() -> invitations.accept(token, "Weak", "short"))
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("password");
        assertThat(invitations.preview(token)).isPresent();
    }

    @Test
    void anEmailUsedInAnotherAgencyIsRefusedAtAcceptanceWithoutRevealingTheAgency() {
        AgencyFixture other = fixtures.agency("inv-other");
        fixtures.signIn(f.owner());
        String token = Fixtures.token(invitations.invite(new InvitationRequest(other.manager(), AgencyRole.MANAGER,
                List.of(), null)));
        Fixtures.signOut();
        assertThatThrownBy(() -> invitations.accept(token, "Dup", "a-long-password"))
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("invite.emailTaken");
    }
}
