package app.goalpost.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.funnel.FunnelService;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.WorkspaceForm;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The review itself through the services: the proposed baseline per method on fixed clocks and time zones, re-planning
 * end to end (baseline, scenario, adoption, KPI targets, the record, triggers) in one transaction, rights, isolation.
 */
@IntegrationTest
class ReplanServiceTest {

    static final Instant MID_Q4 = Instant.parse("2026-11-15T10:00:00Z");

    @Autowired Fixtures fixtures;
    @Autowired ReplanTestData data;
    @Autowired ReplanService replan;
    @Autowired ReviewService reviews;
    @Autowired ReviewHistoryService history;
    @Autowired FunnelService funnels;
    @Autowired ScenarioService scenarios;
    @Autowired KpiService kpis;
    @Autowired WorkspaceService workspaces;
    @Autowired MutableClock clock;

    AgencyFixture a;
    AgencyFixture b;

    @BeforeEach
    void agencies() {
        clock.set(MID_Q4);
        a = fixtures.agency("replanA");
        b = fixtures.agency("replanB");
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    long userId(String email) {
        return fixtures.signIn(email).userId();
    }

    @Test
    void aScaleUpReplansOnLastQuartersActualsAndTheKpisFollowTheNewPlan() {
        long contributor = userId(a.contributor());
        long manager = userId(a.manager());
        fixtures.signIn(a.owner());
        ReplanTestData.Workspace ws = data.planOfRecordWithQ3Actuals(a.ws2Id(), ReplanTestData.Q3_ACTUALS);
        fixtures.signIn(a.contributor());
        reviews.recordTrigger(a.ws2Id(), TriggerKind.AD_COSTS_RISING, "CPC up 20 %");

        fixtures.signIn(a.manager());
        ReplanPage page = replan.page(a.ws2Id(), Locale.ENGLISH);
        assertThat(page.canHold()).isTrue();
        assertThat(page.plan()).hasValueSatisfying(p -> {
            assertThat(p.snapshot().scenarioId()).isEqualTo(ws.planId());
            assertThat(p.snapshot().goalWhole()).isEqualTo(21);
        });
        assertThat(page.proposal().method()).isEqualTo(BaselineMethod.OWN_PREVIOUS_PERIOD);
        assertThat(page.proposal().period()).isEqualTo(DateRange.of(LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30)));
        assertThat(page.proposal().planPeriod()).isEqualTo(DateRange.of(LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31)));
        assertThat(page.proposal().rows()).extracting(r -> r.volume().longValue())
                .containsExactly(24_000L, 720L, 160L, 96L, 48L, 20L);
        assertThat(page.proposal().rows()).allSatisfy(r -> {
            assertThat(r.source()).isEqualTo(ReplanPage.Source.ACTUALS);
            assertThat(r.daysWithData()).isEqualTo(2);
        });
        // the plan's own goal, +15 % customers, on 20 measured customers: 23; before, 21 on the worked example's 18
        assertThat(page.comparison()).hasValueSatisfying(c -> {
            assertThat(c.adoptable()).isTrue();
            assertThat(c.stages().getLast().targetBefore()).hasValue(21);
            assertThat(c.stages().getLast().targetAfter()).hasValue(23);
            assertThat(c.stages().getLast().baselineBefore()).hasValue(18);
        });
        // Q4 so far has no stage actuals: planned rates are shown, actual ones are undefined, not 0
        assertThat(page.rates()).hasSize(5);
        assertThat(page.rates().getFirst().planned().getAsDouble()).isCloseTo(0.035, org.assertj.core.data.Offset
                .offset(1e-9));
        assertThat(page.rates().getFirst().actual()).isEmpty();
        assertThat(page.openTriggers()).singleElement().satisfies(t -> assertThat(t.kind())
                .isEqualTo(TriggerKind.AD_COSTS_RISING));
        assertThat(page.people()).extracting(ReplanPage.Person::userId).contains(contributor, manager)
                .doesNotContain(userId(a.client()));
        fixtures.signIn(a.manager());

        KpiSummary customersBefore = customers(a.ws2Id());
        assertThat(customersBefore.target().intValue()).isEqualTo(21);
        long reviewId = replan.replan(a.ws2Id(), new ReviewOutcome(List.of(contributor, manager),
                "  CPC rising; Q3 converted better: re-plan on Q3  ", Optional.empty(), Optional.of(ws.planId())),
                Locale.ENGLISH);

        // the new baseline is current, its scenario is the only plan of record, and the same KPIs carry the new target
        var current = funnels.currentBaseline(a.ws2Id()).orElseThrow();
        assertThat(current.id()).isNotEqualTo(ws.baselineId());
        assertThat(current.periodStart()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(current.rows()).extracting(r -> r.volume().longValue())
                .containsExactly(24_000L, 720L, 160L, 96L, 48L, 20L);
        List<ScenarioData> adopted = scenarios.adopted(a.ws2Id());
        assertThat(adopted).singleElement().satisfies(s -> {
            assertThat(s.form().baselineId()).isEqualTo(current.id());
            assertThat(s.form().goalAmount()).isEqualByComparingTo("15");
            assertThat(s.name()).startsWith("Q4 growth · review");
        });
        KpiSummary customersAfter = customers(a.ws2Id());
        assertThat(customersAfter.id()).isEqualTo(customersBefore.id());
        assertThat(customersAfter.target().intValue()).isEqualTo(23);
        assertThat(customersAfter.sourceScenarioId()).contains(adopted.getFirst().id());
        assertThat(kpis.list(a.ws2Id(), false)).hasSize(12); // six Q3 stage KPIs + the plan's six, no twins

        ReviewRecord r = history.record(a.ws2Id(), reviewId);
        assertThat(r.decision()).isEqualTo(ReviewDecision.REPLANNED);
        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(r.notes()).contains("CPC rising; Q3 converted better: re-plan on Q3");
        assertThat(r.participants()).hasSize(2).allSatisfy(n -> assertThat(n).startsWith("Member "));
        assertThat(r.closedTriggers()).singleElement().satisfies(t -> assertThat(t.reason()).contains("CPC up 20 %"));
        assertThat(r.before()).hasValueSatisfying(p -> {
            assertThat(p.scenarioId()).isEqualTo(ws.planId());
            assertThat(p.goalWhole()).isEqualTo(21);
            assertThat(p.targets()).extracting(PlanSnapshot.StageNumber::wholeUnits).last().isEqualTo(21L);
        });
        assertThat(r.after()).hasValueSatisfying(p -> {
            assertThat(p.scenarioId()).isEqualTo(adopted.getFirst().id());
            assertThat(p.goalWhole()).isEqualTo(23);
            assertThat(p.targets()).hasSize(6);
        });
        assertThat(r.baselineId()).contains(current.id());
        assertThat(reviews.due(a.ws2Id()).triggers()).isEmpty();
        assertThat(history.count(a.ws2Id())).isEqualTo(1);
        assertThat(history.page(a.ws2Id(), 0, 50)).singleElement().satisfies(p -> assertThat(p.decision())
                .isEqualTo(ReviewDecision.REPLANNED));

        // the viewer-client of another workspace never reaches it; the contributor reads the outcome
        fixtures.signIn(a.contributor());
        assertThat(history.record(a.ws2Id(), reviewId).after()).isPresent();
        assertThat(replan.page(a.ws2Id(), Locale.ENGLISH).canHold()).isFalse();
    }

    @Test
    void aGoalTheNewBaselineCannotReachLeavesNothingHalfWritten() {
        fixtures.signIn(a.owner());
        // Q3 turned almost every visitor into a lead: +15 % through that rate would need more than 100 %
        ReplanTestData.Workspace ws = data.planOfRecordWithQ3Actuals(a.ws2Id(),
                new long[] {1_000, 990, 160, 96, 48, 20});
        reviews.recordTrigger(a.ws2Id(), TriggerKind.AUDIENCE_CHANGED, null);
        int baselines = funnels.baselines(a.ws2Id()).size();
        KpiSummary before = customers(a.ws2Id());

        ReplanPage page = replan.page(a.ws2Id(), Locale.ENGLISH);
        assertThat(page.comparison()).hasValueSatisfying(c -> assertThat(c.adoptable()).isFalse());
        assertThatThrownBy(() -> replan.replan(a.ws2Id(), new ReviewOutcome(List.of(), "try anyway",
                Optional.empty(), Optional.of(ws.planId())), Locale.ENGLISH))
                .isInstanceOf(InvalidInputException.class);

        // the baseline and the scenario it created before the adoption failed are gone with it
        assertThat(funnels.baselines(a.ws2Id())).hasSize(baselines);
        assertThat(funnels.currentBaseline(a.ws2Id()).orElseThrow().id()).isEqualTo(ws.baselineId());
        assertThat(scenarios.list(a.ws2Id(), new app.goalpost.funnel.BaselineId(ws.baselineId())))
                .singleElement().satisfies(s -> assertThat(s.adopted()).isTrue());
        assertThat(scenarios.adopted(a.ws2Id())).extracting(ScenarioData::id).containsExactly(ws.planId());
        assertThat(customers(a.ws2Id()).target()).isEqualByComparingTo(before.target());
        assertThat(history.count(a.ws2Id())).isZero();
        assertThat(reviews.due(a.ws2Id()).triggers()).hasSize(1);
    }

    @Test
    void keepingThePlanRecordsParticipantsAndTheSamePlanBeforeAndAfter() {
        long contributor = userId(a.contributor());
        fixtures.signIn(a.owner());
        ReplanTestData.Workspace ws = data.planOfRecordWithQ3Actuals(a.ws2Id(), ReplanTestData.Q3_ACTUALS);
        long id = replan.keep(a.ws2Id(), new ReviewOutcome(List.of(contributor), null, Optional.empty(),
                Optional.of(ws.planId())));
        ReviewRecord r = history.record(a.ws2Id(), id);
        assertThat(r.decision()).isEqualTo(ReviewDecision.KEEP_PLAN);
        assertThat(r.before()).isEqualTo(r.after());
        assertThat(r.after()).hasValueSatisfying(p -> assertThat(p.scenarioId()).isEqualTo(ws.planId()));
        assertThat(r.baselineId()).isEmpty();
        assertThat(r.participants()).singleElement().satisfies(n -> assertThat(n).startsWith("Member contrib-"));
        assertThat(funnels.baselines(a.ws2Id())).hasSize(1);

        // a plan adopted meanwhile by someone else is not silently replaced or kept
        assertThatThrownBy(() -> replan.keep(a.ws2Id(), new ReviewOutcome(List.of(), null, Optional.empty(),
                Optional.empty()))).isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    void participantsMustBePeopleWhoSeeTheWorkspace() {
        long otherAgencyUser = userId(b.manager());
        long clientOfWs1 = userId(a.client());
        fixtures.signIn(a.owner());
        ReplanTestData.Workspace ws = data.planOfRecordWithQ3Actuals(a.ws2Id(), ReplanTestData.Q3_ACTUALS);
        for (long stranger : new long[] {otherAgencyUser, clientOfWs1}) {
            assertThatThrownBy(() -> replan.replan(a.ws2Id(), new ReviewOutcome(List.of(stranger), null,
                    Optional.empty(), Optional.of(ws.planId())), Locale.ENGLISH))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.field()).isEqualTo("participants"));
        }
        assertThatThrownBy(() -> replan.keep(a.ws2Id(), new ReviewOutcome(List.of(), null, Optional.of(999_999L),
                Optional.of(ws.planId())))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("session"));
        assertThat(history.count(a.ws2Id())).isZero();
        assertThat(funnels.baselines(a.ws2Id())).hasSize(1);
    }

    @Test
    void clientsReadButNeverHoldAndOtherTenantsNeverReachAnything() {
        fixtures.signIn(a.owner());
        ReplanTestData.Workspace ws = data.planOfRecordWithQ3Actuals(a.ws2Id(), ReplanTestData.Q3_ACTUALS);
        long id = replan.keep(a.ws2Id(), new ReviewOutcome(List.of(), "kept", Optional.empty(),
                Optional.of(ws.planId())));
        ReviewOutcome again = new ReviewOutcome(List.of(), null, Optional.empty(), Optional.of(ws.planId()));

        fixtures.signIn(a.contributor());
        assertThat(replan.page(a.ws2Id(), Locale.ENGLISH).plan()).isPresent();
        assertThatThrownBy(() -> replan.replan(a.ws2Id(), again, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> replan.keep(a.ws2Id(), again)).isInstanceOf(AccessDeniedException.class);

        // the viewer of ws1, the other agency's owner and client: not found, also when guessing the review id
        for (String stranger : List.of(a.client(), b.owner(), b.client())) {
            fixtures.signIn(stranger);
            assertThatThrownBy(() -> replan.page(a.ws2Id(), Locale.ENGLISH))
                    .isInstanceOf(WorkspaceNotFoundException.class);
            assertThatThrownBy(() -> history.record(a.ws2Id(), id)).isInstanceOf(WorkspaceNotFoundException.class);
            assertThatThrownBy(() -> history.page(a.ws2Id(), 0, 50)).isInstanceOf(WorkspaceNotFoundException.class);
            assertThatThrownBy(() -> history.count(a.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
        }
        fixtures.signIn(a.client());
        assertThatThrownBy(() -> history.record(a.ws1Id(), id)).isInstanceOf(WorkspaceNotFoundException.class);
        long agencyAManager = userId(a.manager());
        fixtures.signIn(b.owner());
        assertThatThrownBy(() -> history.record(b.ws2Id(), id)).isInstanceOf(WorkspaceNotFoundException.class);
        // agency A's people are not B's participants
        assertThatThrownBy(() -> replan.keep(b.ws2Id(), new ReviewOutcome(List.of(agencyAManager), null,
                Optional.empty(), Optional.empty()))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("participants"));
        assertThat(history.count(b.ws2Id())).isZero();
        assertThat(history.page(b.ws2Id(), 0, 50)).isEmpty();
    }

    void setWorkspace(WorkspaceId id, String zone, int fiscalStart) {
        fixtures.signIn(a.owner());
        var details = workspaces.get(id);
        WorkspaceForm form = WorkspaceForm.of(details);
        form.setTimeZone(ZoneId.of(zone));
        form.setFiscalYearStartMonth(fiscalStart);
        workspaces.update(id, form, details.version());
    }

    @Test
    void theProposalFollowsEachWorkspacesMethodDayAndFiscalYear() {
        fixtures.signIn(a.owner());
        for (WorkspaceId ws : List.of(a.ws1Id(), a.ws2Id(), a.ws3Id())) {
            funnels.useDefaultStages(ws);
        }
        setWorkspace(a.ws2Id(), "Pacific/Kiritimati", 1);
        setWorkspace(a.ws3Id(), "America/Los_Angeles", 2);
        // 30 Sep 14:30 UTC is already 1 Oct in Kiritimati (UTC+14): Q4 is being planned there, on Q3
        clock.set(Instant.parse("2026-09-30T14:30:00Z"));
        fixtures.signIn(a.manager());
        ReplanPage.Proposal scaleUp = replan.page(a.ws2Id(), Locale.ENGLISH).proposal();
        assertThat(scaleUp.planPeriod().start()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(scaleUp.period()).isEqualTo(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        // the same instant is still 30 Sep in Paris: the startup (ws1) still plans Q3, on its own Q2
        ReplanPage.Proposal startup = replan.page(a.ws1Id(), Locale.ENGLISH).proposal();
        assertThat(startup.workspaceMethod()).isEqualTo(BaselineMethod.BENCHMARKS_AND_BUDGET);
        assertThat(startup.method()).isEqualTo(BaselineMethod.OWN_PREVIOUS_PERIOD);
        assertThat(startup.period()).isEqualTo(DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)));
        // no stage KPI measured anything: the stages keep the current volumes and nothing can be re-planned
        assertThat(startup.fromActuals()).isFalse();
        assertThat(startup.rows()).allSatisfy(r -> assertThat(r.source())
                .isEqualTo(ReplanPage.Source.CURRENT_BASELINE));

        // established, fiscal year from February, Los Angeles: mid-November is the Nov–Jan quarter, compared with
        // the same quarter a year earlier
        fixtures.signIn(a.owner());
        clock.set(Instant.parse("2026-11-01T06:00:00Z")); // still 31 Oct in Los Angeles
        ReplanPage.Proposal octoberLa = replan.page(a.ws3Id(), Locale.ENGLISH).proposal();
        assertThat(octoberLa.method()).isEqualTo(BaselineMethod.SAME_PERIOD_LAST_YEAR);
        assertThat(octoberLa.planPeriod()).isEqualTo(DateRange.of(LocalDate.of(2026, 8, 1),
                LocalDate.of(2026, 10, 31)));
        assertThat(octoberLa.period()).isEqualTo(DateRange.of(LocalDate.of(2025, 8, 1), LocalDate.of(2025, 10, 31)));
        clock.set(MID_Q4);
        ReplanPage.Proposal established = replan.page(a.ws3Id(), Locale.ENGLISH).proposal();
        assertThat(established.planPeriod()).isEqualTo(DateRange.of(LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 1, 31)));
        assertThat(established.period()).isEqualTo(DateRange.of(LocalDate.of(2025, 11, 1),
                LocalDate.of(2026, 1, 31)));
    }

    private KpiSummary customers(WorkspaceId ws) {
        return kpis.list(ws, false).stream().filter(k -> k.stageKey().equals(Optional.of("customer"))
                && k.sourceScenarioId().isPresent()).findFirst().orElseThrow();
    }
}
