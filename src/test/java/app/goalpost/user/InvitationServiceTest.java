package app.goalpost.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.security.AgencyRole;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.ClientAccess;
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

@IntegrationTest
class InvitationServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired InvitationService invitations;
    @Autowired WorkspaceService workspaces;
    @Autowired UserDetailsService userDetails;
    @Autowired MutableClock clock;

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
