package app.goalpost.webhook;

import static app.goalpost.webhook.WebhookSupport.aheadActual;
import static app.goalpost.webhook.WebhookSupport.answer;
import static app.goalpost.webhook.WebhookSupport.mayKpi;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiService;
import app.goalpost.review.ReviewService;
import app.goalpost.scenario.PlanAdopted;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.webhook.internal.ReviewDueNoticeRepository;
import app.goalpost.webhook.internal.WebhookDeliveryRepository;
import app.goalpost.webhook.internal.WebhookEndpointRepository;
import app.goalpost.workspace.WorkspaceService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deliveries against a real local HTTP server: signature, headers and payload, the retry schedule on the movable
 * clock, re-send, two workers racing for one delivery, a rolled-back save, review.due once per date, plan.adopted.
 */
@IntegrationTest
class WebhookDeliveryTest {

    @Autowired Fixtures fixtures;
    @Autowired WebhookService webhooks;
    @Autowired WebhookWorker worker;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired MutableClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    // for the second node of the race test
    @Autowired WebhookDeliveryRepository deliveryRepository;
    @Autowired WebhookEndpointRepository endpointRepository;
    @Autowired ReviewDueNoticeRepository noticeRepository;
    @Autowired WebhookOutbox outbox;
    @Autowired ReviewService reviews;
    @Autowired WorkspaceService workspaces;
    @Autowired WebhookSettings settings;

    MockWebServer server;
    AgencyFixture f;

    @BeforeEach
    void setUp() throws Exception {
        clock.reset();
        server = new MockWebServer();
        server.start();
        f = fixtures.agency("hooks");
    }

    @AfterEach
    void tearDown() throws Exception {
        Fixtures.signOut();
        drain(); // nothing of this test is left due for the next one
        clock.reset();
        server.shutdown();
    }

    private void drain() {
        clock.advance(Duration.ofDays(2));
        for (int i = 0; i < 8; i++) {
            clock.advance(Duration.ofHours(13));
            server.enqueue(answer(200, "ok"));
            worker.deliverDue();
        }
    }

    private NewSecret endpoint(Set<WebhookEvent> events) {
        fixtures.signIn(f.manager());
        return webhooks.create(f.ws1Id(), server.url("/hook").toString(), events);
    }

    private WebhookPage.Delivery onlyDelivery() {
        fixtures.signIn(f.manager());
        return webhooks.page(f.ws1Id()).endpoints().getFirst().recent().getFirst();
    }

    @Test
    void aStatusChangeIsDeliveredSignedWithTheEndpointsSecret() throws Exception {
        fixtures.signIn(f.manager());
        KpiId kpi = mayKpi(kpis, f.ws1Id(), "Leads");
        NewSecret secret = endpoint(EnumSet.of(WebhookEvent.KPI_STATUS_CHANGED));
        aheadActual(actuals, f.ws1Id(), kpi);
        Fixtures.signOut();

        server.enqueue(answer(200, "thanks"));
        assertThat(worker.deliverDue()).isEqualTo(1);
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        String body = request.getBody().readUtf8();
        assertThat(request.getHeader(WebhookSignature.EVENT_HEADER)).isEqualTo("kpi.status_changed");
        assertThat(request.getHeader("Content-Type")).startsWith("application/json");
        String signature = request.getHeader(WebhookSignature.HEADER);
        Instant now = clock.instant();
        assertThat(WebhookSignature.verify(secret.secret(), signature, body, now, Duration.ofMinutes(5))).isTrue();
        assertThat(WebhookSignature.verify("whsec_another", signature, body, now, Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(secret.secret(), signature, body + " ", now, Duration.ofMinutes(5)))
                .isFalse();
        // replayed ten minutes later: refused by the timestamp
        assertThat(WebhookSignature.verify(secret.secret(), signature, body, now.plus(Duration.ofMinutes(10)),
                Duration.ofMinutes(5))).isFalse();
        assertThat(body).contains("\"type\":\"kpi.status_changed\"", "\"old_status\":\"no_data\"",
                "\"new_status\":\"ahead\"", "\"percent_of_goal\":80.0", "\"percent_of_period\":64.5",
                "\"id\":" + f.ws1());

        WebhookPage.Delivery logged = onlyDelivery();
        assertThat(request.getHeader(WebhookSignature.DELIVERY_HEADER)).isEqualTo(String.valueOf(logged.id().value()));
        assertThat(logged.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(logged.attempts()).isEqualTo(1);
        assertThat(logged.responseStatus()).contains(200);
        assertThat(logged.responseExcerpt()).contains("thanks");
        assertThat(logged.durationMs()).isPresent();

        // same status again: no new event
        aheadActual(actuals, f.ws1Id(), kpi);
        assertThat(webhooks.page(f.ws1Id()).endpoints().getFirst().recent()).hasSize(1);
    }

    @Test
    void aFailingEndpointIsRetriedOnTheScheduleThenFailedAndCanBeResent() throws Exception {
        fixtures.signIn(f.manager());
        KpiId kpi = mayKpi(kpis, f.ws1Id(), "Deals");
        endpoint(EnumSet.of(WebhookEvent.KPI_STATUS_CHANGED));
        aheadActual(actuals, f.ws1Id(), kpi);
        Fixtures.signOut();

        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(12));
        server.enqueue(answer(500, "boom"));
        assertThat(worker.deliverDue()).isEqualTo(1);
        for (int attempt = 1; attempt <= waits.size(); attempt++) {
            WebhookPage.Delivery d = onlyDelivery();
            Fixtures.signOut();
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).isEqualTo(attempt);
            assertThat(d.responseStatus()).hasValueSatisfying(code -> assertThat(code).isIn(500, 503));
            assertThat(d.responseExcerpt()).contains("boom");
            // not before its time
            clock.advance(waits.get(attempt - 1).minusSeconds(5));
            assertThat(worker.deliverDue()).isZero();
            clock.advance(Duration.ofSeconds(5));
            server.enqueue(answer(503, "boom"));
            assertThat(worker.deliverDue()).isEqualTo(1);
        }
        WebhookPage.Delivery failed = onlyDelivery();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(6);
        assertThat(failed.nextAttemptAt()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(6);
        Fixtures.signOut();
        clock.advance(Duration.ofDays(3));
        assertThat(worker.deliverDue()).isZero();

        fixtures.signIn(f.manager());
        DeliveryId again = webhooks.resend(f.ws1Id(), failed.id());
        Fixtures.signOut();
        server.enqueue(answer(204, ""));
        assertThat(worker.deliverDue()).isEqualTo(1);
        WebhookPage.Delivery resent = onlyDelivery();
        assertThat(resent.id()).isEqualTo(again);
        assertThat(resent.status()).isEqualTo(DeliveryStatus.SUCCEEDED);
        assertThat(resent.resentFrom()).contains(failed.id().value());
        for (int i = 0; i < 6; i++) {
            server.takeRequest(1, TimeUnit.SECONDS);
        }
        RecordedRequest last = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(last.getHeader(WebhookSignature.DELIVERY_HEADER)).isEqualTo(String.valueOf(again.value()));
    }

    @Test
    void anUnreachableEndpointIsLoggedWithTheError() throws Exception {
        fixtures.signIn(f.manager());
        KpiId kpi = mayKpi(kpis, f.ws1Id(), "Calls");
        webhooks.create(f.ws1Id(), "http://127.0.0.1:1/nothing-listens", EnumSet.of(WebhookEvent.KPI_STATUS_CHANGED));
        aheadActual(actuals, f.ws1Id(), kpi);
        Fixtures.signOut();
        assertThat(worker.deliverDue()).isEqualTo(1);
        WebhookPage.Delivery d = onlyDelivery();
        assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(d.responseStatus()).isEmpty();
        assertThat(d.error()).hasValueSatisfying(e -> assertThat(e).contains("ConnectException"));
    }

    @Test
    void twoWorkersRacingForOneDeliverySendItOnce() throws Exception {
        fixtures.signIn(f.manager());
        KpiId kpi = mayKpi(kpis, f.ws1Id(), "Demos");
        endpoint(EnumSet.of(WebhookEvent.KPI_STATUS_CHANGED));
        aheadActual(actuals, f.ws1Id(), kpi);
        Fixtures.signOut();
        WebhookWorker other = new WebhookWorker(deliveryRepository, endpointRepository, noticeRepository, outbox,
                reviews, workspaces, settings, clock, transactions, "node-b");
        server.enqueue(answer(200, "ok"));
        server.enqueue(answer(200, "twice"));

        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> awaitThen(start, worker::deliverDue));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> awaitThen(start, other::deliverDue));
        start.countDown();
        assertThat(a.get(20, TimeUnit.SECONDS) + b.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(onlyDelivery().status()).isEqualTo(DeliveryStatus.SUCCEEDED);
    }

    @Test
    void aClaimHoldsUntilItsLeaseExpiresThenAnotherNodeTakesOver() {
        fixtures.signIn(f.manager());
        KpiId kpi = mayKpi(kpis, f.ws1Id(), "Trials");
        endpoint(EnumSet.of(WebhookEvent.KPI_STATUS_CHANGED));
        aheadActual(actuals, f.ws1Id(), kpi);
        long id = onlyDelivery().id().value();
        Fixtures.signOut();
        WebhookWorker other = new WebhookWorker(deliveryRepository, endpointRepository, noticeRepository, outbox,
                reviews, workspaces, settings, clock, transactions, "node-b");

        // node A claims, then dies before sending
        assertThat(app.goalpost.tenancy.TenantContext.runAsTenant(f.agencyId(), () -> worker.claim(id))).isTrue();
        assertThat(app.goalpost.tenancy.TenantContext.runAsTenant(f.agencyId(), () -> other.claim(id))).isFalse();
        assertThat(other.deliverDue()).isZero();
        assertThat(server.getRequestCount()).isZero();

        clock.advance(settings.lease().plusSeconds(1));
        server.enqueue(answer(200, "ok"));
        assertThat(other.deliverDue()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(onlyDelivery().status()).isEqualTo(DeliveryStatus.SUCCEEDED);
    }

    @Test
    void aRolledBackSaveSendsNothing() {
        fixtures.signIn(f.manager());
        KpiId kpi = mayKpi(kpis, f.ws1Id(), "Visits");
        endpoint(EnumSet.of(WebhookEvent.KPI_STATUS_CHANGED));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            aheadActual(actuals, f.ws1Id(), kpi);
            status.setRollbackOnly();
        });
        assertThat(webhooks.page(f.ws1Id()).endpoints().getFirst().recent()).isEmpty();
        Fixtures.signOut();
        assertThat(worker.deliverDue()).isZero();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aReviewThatBecomesDueIsAnnouncedOncePerDate() throws Exception {
        endpoint(EnumSet.of(WebhookEvent.REVIEW_DUE));
        Fixtures.signOut();
        // created 20 May, quarterly on a January fiscal year: due 1 July
        assertThat(worker.checkReviewsDue()).isZero();
        clock.set(Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(worker.checkReviewsDue()).isEqualTo(1);
        assertThat(worker.checkReviewsDue()).isZero();
        clock.advance(Duration.ofDays(3)); // overdue now, but this date was announced
        assertThat(worker.checkReviewsDue()).isZero();

        server.enqueue(answer(200, "ok"));
        assertThat(worker.deliverDue()).isEqualTo(1);
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getHeader(WebhookSignature.EVENT_HEADER)).isEqualTo("review.due");
        assertThat(request.getBody().readUtf8()).contains("\"scheduled_date\":\"" + LocalDate.of(2026, 7, 1) + "\"",
                "\"id\":" + f.ws1());
    }

    @Test
    void anAdoptedPlanIsAnnouncedToItsSubscribersOnly() throws Exception {
        NewSecret plans = endpoint(EnumSet.of(WebhookEvent.PLAN_ADOPTED));
        webhooks.create(f.ws1Id(), server.url("/kpis-only").toString(), EnumSet.of(WebhookEvent.KPI_STATUS_CHANGED));
        events.publishEvent(new PlanAdopted(f.ws1(), 7, "Grow 15%", LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 6, 30), List.of(new PlanAdopted.StageTarget("Deals", "deals", 12.4, 13)), false));
        Fixtures.signOut();
        server.enqueue(answer(200, "ok"));
        assertThat(worker.deliverDue()).isEqualTo(1);
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getPath()).isEqualTo("/hook");
        String body = request.getBody().readUtf8();
        assertThat(body).contains("\"type\":\"plan.adopted\"", "\"name\":\"Grow 15%\"", "\"whole_units\":13");
        assertThat(WebhookSignature.verify(plans.secret(), request.getHeader(WebhookSignature.HEADER), body,
                clock.instant(), Duration.ofMinutes(5))).isTrue();
    }

    private static int awaitThen(CountDownLatch latch, java.util.function.IntSupplier work) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return work.getAsInt();
    }
}
