package app.goalpost.demo;

import app.goalpost.security.AgencyRole;
import app.goalpost.tenancy.AgencyService;
import app.goalpost.user.InvitationLink;
import app.goalpost.user.InvitationRequest;
import app.goalpost.user.InvitationService;
import app.goalpost.user.SignUpService;
import app.goalpost.workspace.ClientAccess;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.Industry;
import app.goalpost.workspace.WorkspaceForm;
import app.goalpost.workspace.WorkspaceService;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo agency for the embedded database: loaded once, into an empty database, only when
 * {@code goalpost.demo-data.enabled} is true (the default profile; never the mysql profile).
 * <p>
 * It goes through the same services a user would (sign-up, workspaces, invitations), signed in as the demo
 * owner, so demo data obeys every rule real data does. Features add their own demo content by listening to
 * {@link DemoDataSeeded}, published while the owner is still signed in.
 */
@Component
@ConditionalOnProperty(name = "goalpost.demo-data.enabled", havingValue = "true")
class DemoDataLoader {

    static final String PASSWORD = "goalpost-demo";
    static final String OWNER = "camille.laurent@brightline.example";
    static final String MANAGER = "marcus.reed@brightline.example";
    static final String CLIENT = "nora.schmidt@keller-components.example";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AgencyService agencies;
    private final SignUpService signUp;
    private final WorkspaceService workspaces;
    private final InvitationService invitations;
    private final UserDetailsService users;
    private final ApplicationEventPublisher events;

    DemoDataLoader(AgencyService agencies, SignUpService signUp, WorkspaceService workspaces,
            InvitationService invitations, UserDetailsService users, ApplicationEventPublisher events) {
        this.agencies = agencies;
        this.signUp = signUp;
        this.workspaces = workspaces;
        this.invitations = invitations;
        this.users = users;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!agencies.isEmpty()) {
            return;
        }
        long agencyId = signUp.signUp("Brightline Growth Partners", "Camille Laurent", OWNER, PASSWORD,
                Locale.ENGLISH);
        try {
            signIn(OWNER);
            long lumen = workspaces.create(form("Lumen Analytics", Industry.B2B_SAAS, CompanyStage.STARTUP, "EUR",
                    "Europe/Paris", 1));
            long harbor = workspaces.create(form("Harbor & Vale Consulting", Industry.B2B_PROFESSIONAL_SERVICES,
                    CompanyStage.SCALE_UP, "GBP", "Europe/London", 4));
            long keller = workspaces.create(form("Keller Industrial Components", Industry.B2B_MANUFACTURING,
                    CompanyStage.ESTABLISHED, "EUR", "Europe/Berlin", 1));
            join(new InvitationRequest(MANAGER, AgencyRole.MANAGER, List.of(harbor, keller), null), "Marcus Reed");
            join(new InvitationRequest(CLIENT, AgencyRole.CLIENT, List.of(keller), ClientAccess.CONTRIBUTOR),
                    "Nora Schmidt");
            events.publishEvent(new DemoDataSeeded(agencyId,
                    Map.of("lumen", lumen, "harbor", harbor, "keller", keller)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Loaded the demo agency: sign in as {} / {}", OWNER, PASSWORD);
    }

    /** Invites as the owner, then accepts as the invitee would (anonymous), then signs the owner back in. */
    private void join(InvitationRequest request, String name) {
        InvitationLink link = invitations.invite(request);
        String token = link.url().substring(link.url().lastIndexOf('/') + 1);
        SecurityContextHolder.clearContext();
        invitations.accept(token, name, PASSWORD);
        signIn(OWNER);
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
