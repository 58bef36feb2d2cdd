package app.goalpost.support;

import app.goalpost.security.AgencyRole;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.user.InvitationLink;
import app.goalpost.user.InvitationRequest;
import app.goalpost.user.InvitationService;
import app.goalpost.user.SignUpService;
import app.goalpost.workspace.ClientAccess;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.Industry;
import app.goalpost.workspace.WorkspaceForm;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Builds agencies through the real services (sign-up, workspaces, invitations), with unique names so tests
 * can share one database, and signs users in the way Spring Security would.
 */
@Component
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";

    private final SignUpService signUp;
    private final WorkspaceService workspaces;
    private final InvitationService invitations;
    private final UserDetailsService users;

    Fixtures(SignUpService signUp, WorkspaceService workspaces, InvitationService invitations,
            UserDetailsService users) {
        this.signUp = signUp;
        this.workspaces = workspaces;
        this.invitations = invitations;
        this.users = users;
    }

    /**
     * An agency with three workspaces; the manager is assigned to the first two; the client user is a viewer of
     * the first; the contributor a contributor of the second. Leaves nobody signed in.
     */
    public AgencyFixture agency(String label) {
        SecurityContextHolder.clearContext();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String owner = "owner-" + suffix + "@" + label + ".test";
        long agencyId = signUp.signUp(label + " Agency " + suffix, "Owner " + label, owner, PASSWORD, Locale.ENGLISH);
        signIn(owner);
        long ws1 = workspaces.create(form(label + " Alpha " + suffix, CompanyStage.STARTUP));
        long ws2 = workspaces.create(form(label + " Beta " + suffix, CompanyStage.SCALE_UP));
        long ws3 = workspaces.create(form(label + " Gamma " + suffix, CompanyStage.ESTABLISHED));
        String admin = join(new InvitationRequest("admin-" + suffix + "@" + label + ".test", AgencyRole.ADMIN,
                List.of(), null), owner);
        String manager = join(new InvitationRequest("manager-" + suffix + "@" + label + ".test", AgencyRole.MANAGER,
                List.of(ws1, ws2), null), owner);
        String client = join(new InvitationRequest("client-" + suffix + "@" + label + ".test", AgencyRole.CLIENT,
                List.of(ws1), ClientAccess.VIEWER), owner);
        String contributor = join(new InvitationRequest("contrib-" + suffix + "@" + label + ".test",
                AgencyRole.CLIENT, List.of(ws2), ClientAccess.CONTRIBUTOR), owner);
        SecurityContextHolder.clearContext();
        return new AgencyFixture(agencyId, owner, admin, manager, client, contributor, ws1, ws2, ws3);
    }

    private String join(InvitationRequest request, String inviter) {
        InvitationLink link = invitations.invite(request);
        SecurityContextHolder.clearContext();
        invitations.accept(token(link), "Member " + request.email(), PASSWORD);
        signIn(inviter);
        return request.email();
    }

    public static String token(InvitationLink link) {
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    public GoalpostPrincipal signIn(String email) {
        GoalpostPrincipal principal = (GoalpostPrincipal) users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        return principal;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static WorkspaceForm form(String name, CompanyStage stage) {
        WorkspaceForm form = new WorkspaceForm();
        form.setName(name);
        form.setIndustry(Industry.B2B_SAAS);
        form.setStage(stage);
        form.setCurrency(Currency.getInstance("EUR"));
        form.setTimeZone(ZoneId.of("Europe/Paris"));
        form.setFiscalYearStartMonth(1);
        return form;
    }

    public record AgencyFixture(long agencyId, String owner, String admin, String manager, String client,
            String contributor, long ws1, long ws2, long ws3) {

        // typed for service calls; ws1() stays long for assertions on ids
        public WorkspaceId ws1Id() {
            return new WorkspaceId(ws1);
        }

        public WorkspaceId ws2Id() {
            return new WorkspaceId(ws2);
        }

        public WorkspaceId ws3Id() {
            return new WorkspaceId(ws3);
        }
    }
}
