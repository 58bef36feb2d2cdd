package app.goalpost.demo;

import app.goalpost.kpi.PacingService;
import app.goalpost.security.AgencyRole;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Builds the demo agency, Brightline Growth Partners, through the same services a user would (sign-up,
 * workspaces, invitations, funnels, scenarios, KPIs), signed in as its owner, so demo data obeys every rule real
 * data does. Each client workspace tells one story of the method (docs/method.md):
 * <ul>
 *   <li>Lumen Analytics, a startup: planned its last quarter from benchmarks and a budget, now plans from that
 *       quarter's own data ({@link DemoPlans#lumen});</li>
 *   <li>Harbor &amp; Vale Consulting, a scale-up: the worked example as its previous quarter;</li>
 *   <li>Keller Industrial Components, an established manufacturer: the same quarter last year, with last year's
 *       daily actuals behind a seasonal expected curve.</li>
 * </ul>
 * Every workspace has adopted a plan, and its KPIs are that plan's targets ({@link DemoKpis}).
 */
@Component
class DemoData {

    /** Who signs in to the demo; tests pass unique addresses so that several demo agencies can coexist. */
    record Logins(String owner, String manager, String client, String password) {

        static final Logins DEFAULT = new Logins("camille.laurent@brightline.example",
                "marcus.reed@brightline.example", "nora.schmidt@keller-components.example", "goalpost-demo");
    }

    /** The ids of what was created. */
    record Seeded(long agencyId, long lumen, long harbor, long keller) {
    }

    private final SignUpService signUp;
    private final WorkspaceService workspaces;
    private final InvitationService invitations;
    private final UserDetailsService users;
    private final PacingService pacing;
    private final DemoPlans plans;
    private final DemoKpis kpis;

    DemoData(SignUpService signUp, WorkspaceService workspaces, InvitationService invitations,
            UserDetailsService users, PacingService pacing, DemoPlans plans, DemoKpis kpis) {
        this.signUp = signUp;
        this.workspaces = workspaces;
        this.invitations = invitations;
        this.users = users;
        this.pacing = pacing;
        this.plans = plans;
        this.kpis = kpis;
    }

    /** Creates the whole demo agency; leaves nobody signed in. */
    Seeded seed(Logins logins) {
        long agencyId = signUp.signUp("Brightline Growth Partners", "Camille Laurent", logins.owner(),
                logins.password(), Locale.ENGLISH);
        try {
            signIn(logins.owner());
            // Lumen budgets in US dollars, the currency of the SaaS benchmark costs: the engine converts no
            // currency, so only a budget in the workspace's own currency can be attributed as spend.
            long lumen = workspaces.create(form("Lumen Analytics", Industry.B2B_SAAS, CompanyStage.STARTUP, "USD",
                    "Europe/Paris", 1));
            long harbor = workspaces.create(form("Harbor & Vale Consulting", Industry.B2B_PROFESSIONAL_SERVICES,
                    CompanyStage.SCALE_UP, "GBP", "Europe/London", 4));
            long keller = workspaces.create(form("Keller Industrial Components", Industry.B2B_MANUFACTURING,
                    CompanyStage.ESTABLISHED, "EUR", "Europe/Berlin", 1));
            join(logins, new InvitationRequest(logins.manager(), AgencyRole.MANAGER, List.of(harbor, keller), null),
                    "Marcus Reed");
            join(logins, new InvitationRequest(logins.client(), AgencyRole.CLIENT, List.of(keller),
                    ClientAccess.CONTRIBUTOR), "Nora Schmidt");

            plans.lumen(new WorkspaceId(lumen), pacing.today(new WorkspaceId(lumen)));
            plans.harbor(new WorkspaceId(harbor), pacing.today(new WorkspaceId(harbor)));
            plans.keller(new WorkspaceId(keller), pacing.today(new WorkspaceId(keller)));
            kpis.seed(new WorkspaceId(lumen), DemoKpis.Story.LUMEN);
            kpis.seed(new WorkspaceId(harbor), DemoKpis.Story.HARBOR);
            kpis.seed(new WorkspaceId(keller), DemoKpis.Story.KELLER);
            return new Seeded(agencyId, lumen, harbor, keller);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Invites as the owner, then accepts as the invitee would (anonymous), then signs the owner back in. */
    private void join(Logins logins, InvitationRequest request, String name) {
        InvitationLink link = invitations.invite(request);
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);
        SecurityContextHolder.clearContext();
        invitations.accept(token, name, logins.password());
        signIn(logins.owner());
    }

    private void signIn(String email) {
        UserDetails user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    private static WorkspaceForm form(String name, Industry industry, CompanyStage stage, String currency,
            String zone, int fiscalStart) {
        WorkspaceForm form = new WorkspaceForm();
        form.setName(name);
        form.setIndustry(industry);
        form.setStage(stage);
        form.setCurrency(Currency.getInstance(currency));
        form.setTimeZone(ZoneId.of(zone));
        form.setFiscalYearStartMonth(fiscalStart);
        return form;
    }
}
