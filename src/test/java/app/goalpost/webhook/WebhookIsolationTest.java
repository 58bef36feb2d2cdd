package app.goalpost.webhook;

import static app.goalpost.webhook.WebhookSupport.aheadActual;
import static app.goalpost.webhook.WebhookSupport.answer;
import static app.goalpost.webhook.WebhookSupport.mayKpi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiService;
import app.goalpost.review.ReviewService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with webhooks, and where deliveries go: another agency's staff, a manager not assigned to the
 * workspace and client users are refused (the service answers not-found or access denied); an event of agency A
 * reaches A's endpoint only; the job-only reads refuse signed-in users; bad addresses are refused.
 */
@IntegrationTest
class WebhookIsolationTest {

    private static final Set<WebhookEvent> KPI = EnumSet.of(WebhookEvent.KPI_STATUS_CHANGED);

    @Autowired Fixtures fixtures;
    @Autowired WebhookService webhooks;
    @Autowired WebhookWorker worker;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired ReviewService reviews;
    @Autowired WorkspaceService workspaces;
    @Autowired MutableClock clock;

    MockWebServer serverA;
    MockWebServer serverB;
    AgencyFixture a;
    AgencyFixture b;

    @BeforeEach
    void setUp() throws Exception {
        clock.reset();
        serverA = new MockWebServer();
        serverA.start();
        serverB = new MockWebServer();
        serverB.start();
        a = fixtures.agency("hooka");
        b = fixtures.agency("hookb");
    }

    @AfterEach
    void tearDown() throws Exception {
        Fixtures.signOut();
        clock.advance(Duration.ofDays(3));
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofHours(13));
            serverA.enqueue(answer(200, "ok"));
            serverB.enqueue(answer(200, "ok"));
            worker.deliverDue();
        }
        clock.reset();
        serverA.shutdown();
        serverB.shutdown();
    }

    @Test
    void anEventOfAgencyAGoesToAsEndpointOnly() throws Exception {
        fixtures.signIn(a.manager());
        KpiId kpiA = mayKpi(kpis, a.ws1Id(), "Leads");
        webhooks.create(a.ws1Id(), serverA.url("/a").toString(), KPI);
        // another workspace of the same agency, and another agency, each with its own endpoint
        webhooks.create(a.ws2Id(), serverB.url("/a-ws2").toString(), KPI);
        fixtures.signIn(b.owner());
        mayKpi(kpis, b.ws1Id(), "Leads");
        webhooks.create(b.ws1Id(), serverB.url("/b").toString(), KPI);

        fixtures.signIn(a.manager());
        aheadActual(actuals, a.ws1Id(), kpiA);
        Fixtures.signOut();
        serverA.enqueue(answer(200, "ok"));
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(serverA.takeRequest(5, TimeUnit.SECONDS).getBody().readUtf8()).contains("\"id\":" + a.ws1())
                .doesNotContain("\"id\":" + b.ws1());
        assertThat(serverB.getRequestCount()).isZero();

        fixtures.signIn(b.owner());
        assertThat(webhooks.page(b.ws1Id()).endpoints().getFirst().recent()).isEmpty();
        fixtures.signIn(a.owner());
        assertThat(webhooks.page(a.ws2Id()).endpoints().getFirst().recent()).isEmpty();
    }

    @Test
    void otherAgenciesAndUnassignedStaffCannotSeeOrResendDeliveries() {
        fixtures.signIn(a.manager());
        KpiId kpiA = mayKpi(kpis, a.ws1Id(), "Leads");
        NewSecret secret = webhooks.create(a.ws1Id(), serverA.url("/a").toString(), KPI);
        aheadActual(actuals, a.ws1Id(), kpiA);
        DeliveryId delivery = webhooks.page(a.ws1Id()).endpoints().getFirst().recent().getFirst().id();

        fixtures.signIn(b.owner());
        assertThatThrownBy(() -> webhooks.page(a.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        // B names A's delivery and endpoint from one of its own workspaces: not found
        assertThatThrownBy(() -> webhooks.resend(b.ws1Id(), delivery)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> webhooks.resend(a.ws1Id(), delivery)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> webhooks.rotateSecret(b.ws1Id(), secret.endpointId()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> webhooks.delete(b.ws1Id(), secret.endpointId()))
                .isInstanceOf(WorkspaceNotFoundException.class);

        // A's manager is not assigned to ws3, and A's ws2 delivery ids do not cover ws1's
        fixtures.signIn(a.manager());
        assertThatThrownBy(() -> webhooks.page(a.ws3Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> webhooks.resend(a.ws2Id(), delivery)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(webhooks.page(a.ws1Id()).endpoints().getFirst().recent()).hasSize(1);
    }

    @Test
    void clientUsersAreRefusedTheService() {
        fixtures.signIn(a.manager());
        NewSecret secret = webhooks.create(a.ws1Id(), serverA.url("/a").toString(), KPI);
        for (String client : new String[] {a.client(), a.contributor()}) {
            fixtures.signIn(client);
            assertThatThrownBy(() -> webhooks.page(a.ws1Id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> webhooks.page(a.ws2Id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> webhooks.create(a.ws1Id(), "https://example.com/x", KPI))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> webhooks.rotateSecret(a.ws1Id(), secret.endpointId()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> webhooks.resend(a.ws1Id(), new DeliveryId(1)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theJobOnlyReadsRefuseSignedInUsersAndRunOutsideATenantScope() {
        fixtures.signIn(a.owner());
        assertThatThrownBy(() -> reviews.dueInJob(a.ws1Id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workspaces.getInJob(a.ws1Id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TenantContext.runAsTenant(a.agencyId(), () -> reviews.dueInJob(a.ws1Id())))
                .isInstanceOf(AccessDeniedException.class);
        Fixtures.signOut();
        assertThatThrownBy(() -> reviews.dueInJob(a.ws1Id())).isInstanceOf(AccessDeniedException.class);
        // in agency B's job, agency A's workspace does not exist
        assertThatThrownBy(() -> TenantContext.runAsTenant(b.agencyId(), () -> workspaces.getInJob(a.ws1Id())))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(TenantContext.runAsTenant(a.agencyId(), () -> reviews.dueInJob(a.ws1Id())).scheduled())
                .isNotNull();
    }

    @Test
    void addressesMustBeHttpsExceptOnThisMachineAndEventsAreRequired() {
        fixtures.signIn(a.manager());
        for (String bad : new String[] {"", "http://example.com/hook", "ftp://example.com/x", "https://",
                "https://user:pw@example.com/x", "not a url", "http://10.0.0.5/x"}) {
            assertThatThrownBy(() -> webhooks.create(a.ws1Id(), bad, KPI)).as(bad)
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("url"));
        }
        assertThatThrownBy(() -> webhooks.create(a.ws1Id(), "https://example.com/x", Set.of()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("events"));
        assertThat(webhooks.page(a.ws1Id()).endpoints()).isEmpty();
        webhooks.create(a.ws1Id(), "https://hooks.example.com/goalpost", KPI);
        webhooks.create(a.ws1Id(), "http://localhost:9/x", KPI);
        webhooks.create(a.ws1Id(), "http://127.0.0.1:9/x", KPI);
        assertThat(webhooks.page(a.ws1Id()).endpoints()).hasSize(3);
    }

    @Test
    void aRotatedSecretSignsTheNextDelivery() throws Exception {
        fixtures.signIn(a.manager());
        KpiId kpi = mayKpi(kpis, a.ws1Id(), "Leads");
        NewSecret first = webhooks.create(a.ws1Id(), serverA.url("/a").toString(), KPI);
        NewSecret second = webhooks.rotateSecret(a.ws1Id(), first.endpointId());
        assertThat(second.secret()).isNotEqualTo(first.secret()).startsWith("whsec_");
        aheadActual(actuals, a.ws1Id(), kpi);
        Fixtures.signOut();
        serverA.enqueue(answer(200, "ok"));
        worker.deliverDue();
        var request = serverA.takeRequest(5, TimeUnit.SECONDS);
        String body = request.getBody().readUtf8();
        String header = request.getHeader(WebhookSignature.HEADER);
        assertThat(WebhookSignature.verify(second.secret(), header, body, clock.instant(), Duration.ofMinutes(5)))
                .isTrue();
        assertThat(WebhookSignature.verify(first.secret(), header, body, clock.instant(), Duration.ofMinutes(5)))
                .isFalse();
    }
}
