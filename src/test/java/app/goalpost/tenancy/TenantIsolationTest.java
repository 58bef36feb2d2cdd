package app.goalpost.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.user.InvitationRequest;
import app.goalpost.user.InvitationService;
import app.goalpost.user.UserService;
import app.goalpost.user.UserSummary;
import app.goalpost.user.internal.InvitationRepository;
import app.goalpost.user.internal.UserAccount;
import app.goalpost.user.internal.UserAccountRepository;
import app.goalpost.security.AgencyRole;
import app.goalpost.workspace.ClientAccess;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceMembershipService;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import app.goalpost.workspace.internal.Workspace;
import app.goalpost.workspace.internal.WorkspaceMemberRepository;
import app.goalpost.workspace.internal.WorkspaceRepository;
import app.goalpost.workspace.internal.WorkspaceVisitRepository;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two agencies with data. Signed in to agency A, every repository and service read path returns nothing of
 * agency B: findAll, findById, existsById, count, derived queries, JPQL, findAllById, and the services.
 */
@IntegrationTest
class TenantIsolationTest {

    @Autowired Fixtures fixtures;
    @Autowired WorkspaceRepository workspaceRepository;
    @Autowired WorkspaceMemberRepository memberRepository;
    @Autowired WorkspaceVisitRepository visitRepository;
    @Autowired UserAccountRepository userRepository;
    @Autowired InvitationRepository invitationRepository;
    @Autowired WorkspaceService workspaces;
    @Autowired WorkspaceAccess access;
    @Autowired WorkspaceMembershipService memberships;
    @Autowired UserService users;
    @Autowired InvitationService invitations;
    @Autowired AgencyService agencies;

    AgencyFixture a;
    AgencyFixture b;

    @BeforeEach
    void twoAgencies() {
        a = fixtures.agency("isoa");
        b = fixtures.agency("isob");
        // B also has visits and a pending invitation, so every table holds B rows.
        fixtures.signIn(b.owner());
        workspaces.open(b.ws1Id());
        invitations.invite(new InvitationRequest("pending-" + b.agencyId() + "@isob.test", AgencyRole.MANAGER,
                List.of(b.ws2()), null));
        fixtures.signIn(a.owner());
        workspaces.open(a.ws1Id());
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void repositoriesNeverReturnAnotherAgencysRows() {
        List<Workspace> all = workspaceRepository.findAll();
        assertThat(all).extracting(Workspace::getId).containsExactlyInAnyOrder(a.ws1(), a.ws2(), a.ws3());
        assertThat(all).allMatch(w -> w.getAgencyId() == a.agencyId());
        assertThat(workspaceRepository.count()).isEqualTo(3);
        assertThat(workspaceRepository.findById(b.ws1())).isEmpty();
        assertThat(workspaceRepository.existsById(b.ws1())).isFalse();
        assertThat(workspaceRepository.findAllById(List.of(b.ws1(), b.ws2(), a.ws1())))
                .extracting(Workspace::getId).containsExactly(a.ws1());
        assertThat(workspaceRepository.findActiveByIdIn(List.of(b.ws1(), b.ws2()))).isEmpty();
        assertThat(workspaceRepository.existsByNameIgnoreCase(workspaceRepository.findAll().getFirst().getName()))
                .isTrue();
        assertThat(workspaceRepository.countByArchivedFalse()).isEqualTo(3);

        assertThat(userRepository.findAll()).allMatch(u -> u.getAgencyId() == a.agencyId()).hasSize(5);
        assertThat(userRepository.findByEmail(b.owner())).isEmpty();
        assertThat(userRepository.existsByEmail(b.manager())).isFalse();
        assertThat(userRepository.countByRoleAndActiveTrue(AgencyRole.OWNER)).isEqualTo(1);

        assertThat(memberRepository.findAll()).allMatch(m -> m.getAgencyId() == a.agencyId()).hasSize(4);
        assertThat(memberRepository.findByWorkspaceId(b.ws1())).isEmpty();
        assertThat(visitRepository.findAll()).allMatch(v -> v.getAgencyId() == a.agencyId());
        assertThat(invitationRepository.findAll()).allMatch(i -> i.getAgencyId() == a.agencyId());
        assertThat(invitationRepository.findByAcceptedAtIsNullAndRevokedFalseOrderByCreatedAtDesc()).isEmpty();
    }

    @Test
    void bulkDeletesTouchOnlyTheCurrentAgency() {
        fixtures.signIn(a.owner());
        visitRepository.deleteAllInBatch();
        fixtures.signIn(b.owner());
        assertThat(visitRepository.findAll()).isNotEmpty();
    }

    @Test
    void servicesAnswerNotFoundForAnotherAgencysWorkspace() {
        assertThat(workspaces.list("", true)).extracting(WorkspaceSummary::id)
                .containsExactlyInAnyOrder(a.ws1(), a.ws2(), a.ws3());
        assertThat(workspaces.switcherPage("", 0, 100)).extracting(WorkspaceSummary::id)
                .doesNotContain(b.ws1(), b.ws2());
        // the users page names its users' workspaces by id: another agency's ids name nothing
        assertThat(workspaces.summaries(java.util.List.of(a.ws2(), b.ws1(), b.ws2()))).extracting(WorkspaceSummary::id)
                .containsExactly(a.ws2());
        assertThatThrownBy(() -> workspaces.get(b.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> workspaces.open(b.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> workspaces.setArchived(b.ws1Id(),
                true)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> workspaces.update(b.ws1Id(), Fixtures.form("Hijack",
                app.goalpost.workspace.CompanyStage.STARTUP), 0))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(access.can(b.ws1(), WorkspacePermission.VIEW)).isFalse();
        assertThat(access.visibleWorkspaceIds()).containsExactlyInAnyOrder(a.ws1(), a.ws2(), a.ws3());
        assertThat(users.listUsers()).extracting(UserSummary::email).doesNotContain(b.owner(), b.manager());
        assertThat(agencies.currentAgencyName()).hasValueSatisfying(name -> assertThat(name).startsWith("isoa"));
    }

    @Test
    void membershipsCannotReachAcrossAgencies() {
        long aManager = userRepository.findByEmail(a.manager()).map(UserAccount::getId).orElseThrow();
        assertThatThrownBy(() -> memberships.assignManager(aManager, List.of(b.ws1())))
                .isInstanceOf(WorkspaceNotFoundException.class);
        fixtures.signIn(b.owner());
        long bManager = userRepository.findByEmail(b.manager()).map(UserAccount::getId).orElseThrow();
        fixtures.signIn(a.owner());
        // B's user id is simply unknown in A.
        assertThatThrownBy(() -> memberships.assignManager(bManager, List.of(a.ws1())))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> memberships.assignClient(a.ws1Id(), bManager, ClientAccess.VIEWER))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(memberships.assignmentsOf(bManager)).isEmpty();
        assertThat(memberships.allAssignments()).doesNotContainKey(bManager).containsKey(aManager);
        assertThatThrownBy(() -> users.setActive(bManager, false))
                .isInstanceOf(app.goalpost.shared.InvalidInputException.class);
        fixtures.signIn(b.owner());
        assertThat(userRepository.findById(bManager)).get().extracting(UserAccount::isActive).isEqualTo(true);
    }

    @Test
    void aSignedInUserCannotSwitchTenantOrUseTheSystemScope() {
        assertThatThrownBy(() -> TenantContext.runAsTenant(b.agencyId(), () -> workspaceRepository.findAll()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TenantContext.runAsSystem(() -> workspaceRepository.findAll()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anonymousCallersSeeNoTenantData() {
        Fixtures.signOut();
        assertThat(workspaceRepository.findAll()).isEmpty();
        assertThat(userRepository.count()).isZero();
        assertThat(agencies.currentAgencyName()).isEmpty();
    }
}
