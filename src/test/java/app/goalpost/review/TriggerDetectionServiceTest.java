package app.goalpost.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.review.internal.ReviewTrigger;
import app.goalpost.review.internal.ReviewTriggerRepository;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.WorkspaceForm;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Detected triggers end to end on the movable clock (20 May 2026, 10:00 UTC): raised after an actuals save through
 * ActualsService on the client's day (a workspace at UTC+14 with a fiscal year from April), once while the
 * condition holds, closed by a kept plan and raised again only by a new run of days; a target change; two job runs
 * at once; the thresholds; agencies and workspaces kept apart.
 */
@IntegrationTest
@RecordApplicationEvents
class TriggerDetectionServiceTest {

    /** Fiscal year from April: the first fiscal quarter. */
    static final LocalDate Q1_START = LocalDate.of(2026, 4, 1);
    static final LocalDate Q1_END = LocalDate.of(2026, 6, 30);

    @Autowired Fixtures fixtures;
    @Autowired TriggerDetectionService detection;
    @Autowired TriggerDetectionJob job;
    @Autowired ReviewService reviews;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired WorkspaceService workspaces;
    @Autowired KpiTracks tracks;
    @Autowired ReviewTriggerRepository triggerRows;
    @Autowired PlatformTransactionManager transactions;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        clock.reset();
        f = fixtures.agency("detect");
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    void setWorkspace(AgencyFixture a, WorkspaceId id, String zone, int fiscalStart) {
        fixtures.signIn(a.owner());
        var details = workspaces.get(id);
        WorkspaceForm form = WorkspaceForm.of(details);
        form.setTimeZone(ZoneId.of(zone));
        form.setFiscalYearStartMonth(fiscalStart);
        workspaces.update(id, form, details.version());
    }

    long costKpi(WorkspaceId ws, String name, double target) {
        return kpis.create(ws, new KpiInput(name, Kpi.Unit.MONEY, Kpi.Direction.LOWER_IS_BETTER,
                Kpi.Aggregation.LEVEL, BigDecimal.valueOf(target), Q1_START, Q1_END, KpiInput.DEFAULT_TOLERANCE,
                Optional.empty()));
    }

    /** The cost KPI's daily value: on plan (40) until {@code risesOn}, then 47 (17.5 % above) up to {@code to}. */
    void saveCosts(WorkspaceId ws, long kpi, LocalDate from, LocalDate risesOn, LocalDate to) {
        Map<LocalDate, Optional<BigDecimal>> rows = new LinkedHashMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            rows.put(d, Optional.of(BigDecimal.valueOf(d.isBefore(risesOn) ? 40 : 47)));
        }
        actuals.save(ws, new KpiId(kpi), Granularity.DAY, rows);
    }

    List<RecordedTrigger> detected(WorkspaceId ws) {
        return reviews.due(ws).triggers().stream().filter(t -> t.kind().detected()).toList();
    }

    @Test
    void anActualsSaveRaisesTheTriggerOnTheClientsDayOnce() {
        // at UTC+14, 20 May 10:00 UTC is already 21 May: the seventh day above plan is the client's today
        setWorkspace(f, f.ws1Id(), "Pacific/Kiritimati", 4);
        fixtures.signIn(f.manager());
        long kpi = costKpi(f.ws1Id(), "Cost per lead", 40);
        saveCosts(f.ws1Id(), kpi, Q1_START, LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 21));

        ReviewDue due = reviews.due(f.ws1Id());
        assertThat(due.headline()).isEqualTo(ReviewDue.Headline.DUE_NOW_TRIGGER);
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 5, 21));
        assertThat(due.triggers()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TriggerKind.CPA_ABOVE_PLAN);
            assertThat(t.raisedBy()).isEmpty();
            Detection d = t.detection().orElseThrow();
            assertThat(d.subjectKpiId()).isEqualTo(kpi);
            assertThat(d.subjectName()).isEqualTo("Cost per lead");
            assertThat(d.planned()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40"));
            assertThat(d.actual()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("47"));
            assertThat(d.overPlan()).hasValueSatisfying(v -> assertThat(v).isCloseTo(0.175, org.assertj.core.data.Offset.offset(1e-9)));
            assertThat(d.thresholdPercent()).isEqualTo(15);
            assertThat(d.days()).isEqualTo(7);
            assertThat(d.since()).isEqualTo(LocalDate.of(2026, 5, 15));
            assertThat(d.detectedOn()).isEqualTo(LocalDate.of(2026, 5, 21));
        });
        // (the job below evaluates every agency in the test database: only this workspace's events are counted)
        assertThat(events.stream(ReviewTriggerRaised.class).filter(e -> e.workspaceId().equals(f.ws1Id())))
                .singleElement().satisfies(e -> {
            assertThat(e.workspaceId()).isEqualTo(f.ws1Id());
            assertThat(e.kind()).isEqualTo(TriggerKind.CPA_ABOVE_PLAN);
            assertThat(e.actorUserId()).isZero();
            assertThat(e.triggerId()).isEqualTo(due.triggers().getFirst().id());
        });

        // the condition still holds: evaluating again, as a user or as the job, raises nothing new
        assertThat(detection.evaluate(f.ws1Id())).isZero();
        Fixtures.signOut();
        job.evaluateAll();
        fixtures.signIn(f.manager());
        assertThat(detected(f.ws1Id())).hasSize(1);
        assertThat(events.stream(ReviewTriggerRaised.class).filter(e -> e.workspaceId().equals(f.ws1Id())))
                .hasSize(1);

        // the same values in Paris, where it is still 20 May: six days above plan, and 21 May is tomorrow
        long paris = costKpi(f.ws2Id(), "Cost per lead", 40);
        saveCosts(f.ws2Id(), paris, Q1_START, LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 21));
        assertThat(detected(f.ws2Id())).isEmpty();
    }

    @Test
    void aKeptPlanClosesTheTriggerAndOnlyANewRunOfDaysRaisesAnother() {
        setWorkspace(f, f.ws1Id(), "Pacific/Kiritimati", 4);
        fixtures.signIn(f.manager());
        long kpi = costKpi(f.ws1Id(), "Cost per lead", 40);
        saveCosts(f.ws1Id(), kpi, Q1_START, LocalDate.of(2026, 5, 15), LocalDate.of(2026, 5, 21));
        long first = detected(f.ws1Id()).getFirst().id();

        reviews.keepPlan(f.ws1Id(), "Costs checked");
        assertThat(reviews.due(f.ws1Id()).triggers()).isEmpty();
        assertThat(reviews.page(f.ws1Id()).history().getFirst().closedTriggers()).extracting(RecordedTrigger::id)
                .containsExactly(first);
        // still above plan on the review's day: the days before the review do not raise it again
        assertThat(detection.evaluate(f.ws1Id())).isZero();

        // six more days above plan (22 to 27 May, the client's days): not yet
        clock.advance(Duration.ofDays(6));
        saveCosts(f.ws1Id(), kpi, LocalDate.of(2026, 5, 22), LocalDate.of(2026, 5, 22), LocalDate.of(2026, 5, 27));
        assertThat(detected(f.ws1Id())).isEmpty();
        // the seventh: a new trigger, its run starting the day after the review
        clock.advance(Duration.ofDays(1));
        saveCosts(f.ws1Id(), kpi, LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 28));
        // (47 against 40 is also behind, tolerance 5 %, since 15 May: that rule's run never had a review)
        assertThat(detected(f.ws1Id())).extracting(RecordedTrigger::kind)
                .containsExactlyInAnyOrder(TriggerKind.CPA_ABOVE_PLAN, TriggerKind.KPI_BEHIND);
        assertThat(detected(f.ws1Id())).filteredOn(t -> t.kind() == TriggerKind.CPA_ABOVE_PLAN).singleElement().satisfies(t -> {
            assertThat(t.id()).isNotEqualTo(first);
            assertThat(t.detection().orElseThrow().since()).isEqualTo(LocalDate.of(2026, 5, 22));
        });
    }

    @Test
    void aKpiBehindForFourteenDaysAfterItsTargetChanged() {
        // Paris, 20 May; a calendar quarter
        fixtures.signIn(f.manager());
        LocalDate start = LocalDate.of(2026, 4, 1);
        long leads = kpis.create(f.ws2Id(), KpiInput.count("Leads", 100, start, Q1_END));
        Map<LocalDate, Optional<BigDecimal>> rows = new LinkedHashMap<>();
        for (LocalDate d = start; !d.isAfter(LocalDate.of(2026, 5, 20)); d = d.plusDays(1)) {
            rows.put(d, Optional.of(BigDecimal.valueOf(2)));
        }
        actuals.save(f.ws2Id(), new KpiId(leads), Granularity.DAY, rows);
        // 100 leads by June: 100 by 20 May is ahead
        assertThat(detected(f.ws2Id())).isEmpty();

        KpiSummary kpi = kpis.get(f.ws2Id(), new KpiId(leads));
        KpiInput raised = new KpiInput(kpi.name(), kpi.unit(), kpi.direction(), kpi.aggregation(),
                BigDecimal.valueOf(900), start, Q1_END, kpi.tolerance(), kpi.stageKey());
        kpis.update(f.ws2Id(), new KpiId(leads), raised, kpi.version(), "Raised for the test");
        // 900 by June: 2 a day has been behind since 1 April; the target change alone re-evaluates
        assertThat(detected(f.ws2Id())).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo(TriggerKind.KPI_BEHIND);
            assertThat(t.detection().orElseThrow().since()).isEqualTo(start);
            assertThat(t.detection().orElseThrow().days()).isEqualTo(14);
        });
    }

    @Test
    void twoRunsAtOnceStoreOneTriggerAndTheDatabaseRefusesASecondOpenOne() throws Exception {
        fixtures.signIn(f.owner());
        // thresholds that do not fire yet, so the save's own evaluation raises nothing
        detection.updateThresholds(f.ws3Id(), new DetectionThresholds(15, 60, 60), -1);
        long kpi = costKpi(f.ws3Id(), "Cost per visit", 40);
        saveCosts(f.ws3Id(), kpi, Q1_START, Q1_START, LocalDate.of(2026, 5, 20));
        assertThat(detected(f.ws3Id())).isEmpty();
        detection.updateThresholds(f.ws3Id(), DetectionThresholds.defaults(),
                detection.settings(f.ws3Id()).version());
        Fixtures.signOut();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> runs = List.of(pool.submit(() -> {
                go.await();
                return job.evaluateAll();
            }), pool.submit(() -> {
                go.await();
                return job.evaluateAll();
            }));
            go.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        fixtures.signIn(f.owner());
        assertThat(detected(f.ws3Id())).extracting(RecordedTrigger::kind)
                .containsExactlyInAnyOrder(TriggerKind.CPA_ABOVE_PLAN, TriggerKind.KPI_BEHIND);

        // the unique open key: a second open trigger for the same rule and subject cannot be stored
        Fixtures.signOut();
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> TenantContext.runAsTenant(f.agencyId(), () -> tx.executeWithoutResult(s ->
                triggerRows.saveAndFlush(ReviewTrigger.detected(f.ws3(), TriggerKind.CPA_ABOVE_PLAN, "k" + kpi,
                        "CPA_ABOVE_PLAN:k" + kpi, kpi, null, "Cost per visit", null, BigDecimal.TEN,
                        BigDecimal.TEN, 15, 7, Q1_START, Q1_START, clock.instant())))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void thresholdsAreValidatedPerFieldVersionedAndStaffOnly() {
        fixtures.signIn(f.manager());
        assertThat(detection.settings(f.ws1Id())).isEqualTo(new DetectionSettings(DetectionThresholds.defaults(),
                -1, false));
        assertThatThrownBy(() -> detection.updateThresholds(f.ws1Id(), new DetectionThresholds(0, 7, 14), -1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("cpaOverPercent"));
        assertThatThrownBy(() -> detection.updateThresholds(f.ws1Id(), new DetectionThresholds(15, 93, 14), -1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("cpaDays"));
        assertThatThrownBy(() -> detection.updateThresholds(f.ws1Id(), new DetectionThresholds(15, 7, 0), -1))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("behindDays"));
        assertThat(detection.settings(f.ws1Id()).saved()).isFalse();

        detection.updateThresholds(f.ws1Id(), new DetectionThresholds(25, 10, 21), -1);
        DetectionSettings saved = detection.settings(f.ws1Id());
        assertThat(saved.thresholds()).isEqualTo(new DetectionThresholds(25, 10, 21));
        assertThatThrownBy(() -> detection.updateThresholds(f.ws1Id(), DetectionThresholds.defaults(), -1))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        // clients read; they cannot change the thresholds, contributors neither
        fixtures.signIn(f.client());
        assertThat(detection.settings(f.ws1Id()).thresholds()).isEqualTo(new DetectionThresholds(25, 10, 21));
        assertThatThrownBy(() -> detection.updateThresholds(f.ws1Id(), DetectionThresholds.defaults(),
                saved.version())).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(f.contributor());
        assertThatThrownBy(() -> detection.updateThresholds(f.ws2Id(), DetectionThresholds.defaults(), -1))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void agenciesAndWorkspacesStayApart() {
        AgencyFixture other = fixtures.agency("detectother");
        fixtures.signIn(other.owner());
        detection.updateThresholds(other.ws1Id(), new DetectionThresholds(15, 60, 60), -1);
        long foreign = costKpi(other.ws1Id(), "Cost per lead", 40);
        saveCosts(other.ws1Id(), foreign, Q1_START, Q1_START, LocalDate.of(2026, 5, 20));
        detection.updateThresholds(other.ws1Id(), DetectionThresholds.defaults(),
                detection.settings(other.ws1Id()).version());
        Fixtures.signOut();

        // agency A's job scope neither reads nor writes agency B's workspace
        assertThatThrownBy(() -> TenantContext.runAsTenant(f.agencyId(),
                () -> detection.evaluateInJob(other.ws1Id()))).isInstanceOf(WorkspaceNotFoundException.class);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        List<KpiTracks.TrackedKpi> foreignKpis = TenantContext.runAsTenant(f.agencyId(), () -> tx.execute(s ->
                tracks.current(other.ws1Id(), LocalDate.of(2026, 5, 20))));
        assertThat(foreignKpis).isEmpty();
        List<KpiTracks.WorkspaceRef> seen = TenantContext.runAsTenant(f.agencyId(), () -> tx.execute(s ->
                tracks.workspacesWithKpisBetween(Q1_START, Q1_END)));
        assertThat(seen).extracting(KpiTracks.WorkspaceRef::agencyId).doesNotContain(other.agencyId());
        fixtures.signIn(other.owner());
        assertThat(detected(other.ws1Id())).isEmpty();

        // the job evaluates every agency, each in its own scope
        Fixtures.signOut();
        job.evaluateAll();
        fixtures.signIn(other.owner());
        assertThat(detected(other.ws1Id())).isNotEmpty();
        assertThatThrownBy(() -> detection.evaluateInJob(other.ws1Id())).isInstanceOf(AccessDeniedException.class);
        fixtures.signIn(f.owner());
        assertThatThrownBy(() -> reviews.due(other.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> detection.evaluate(other.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> detection.settings(other.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);

        // a client of workspace 1 never sees workspace 2's triggers nor its thresholds
        fixtures.signIn(f.manager());
        long kpi = costKpi(f.ws2Id(), "Cost per lead", 40);
        saveCosts(f.ws2Id(), kpi, Q1_START, Q1_START, LocalDate.of(2026, 5, 20));
        assertThat(detected(f.ws2Id())).isNotEmpty();
        Fixtures.signOut();
        List<KpiTracks.WorkspaceRef> ours = TenantContext.runAsTenant(f.agencyId(), () -> tx.execute(s ->
                tracks.workspacesWithKpisBetween(Q1_START, Q1_END)));
        assertThat(ours).containsExactly(new KpiTracks.WorkspaceRef(f.agencyId(), f.ws2()));
        fixtures.signIn(f.client());
        assertThat(detected(f.ws1Id())).isEmpty();
        assertThatThrownBy(() -> reviews.due(f.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> reviews.page(f.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> detection.settings(f.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> detection.evaluate(f.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
    }
}
