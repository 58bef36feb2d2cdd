package app.goalpost.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.kpi.PacingService;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.support.MutableClock;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Revisions of KPI targets, periods and tolerances, scenario goals and the plan of record: written with the change,
 * in its transaction, read newest first by everyone who may see the workspace and by nobody else.
 */
@IntegrationTest
class RevisionHistoryTest {

    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate MAR31 = LocalDate.of(2026, 3, 31);

    @Autowired Fixtures fixtures;
    @Autowired KpiService kpis;
    @Autowired PacingService pacing;
    @Autowired ScenarioService scenarios;
    @Autowired FunnelService funnels;
    @Autowired RevisionLog log;
    @Autowired MutableClock clock;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        clock.reset();
        f = fixtures.agency("hist");
        other = fixtures.agency("histother");
    }

    @AfterEach
    void reset() {
        clock.reset();
        Fixtures.signOut();
    }

    private KpiSummary leads() {
        fixtures.signIn(f.manager());
        long id = kpis.create(f.ws1Id(), KpiInput.count("Leads", 200, JAN1, MAR31));
        return kpis.get(f.ws1Id(), new KpiId(id));
    }

    private static KpiInput withTarget(KpiSummary k, long target) {
        KpiInput in = k.toInput();
        return new KpiInput(in.name(), in.unit(), in.direction(), in.aggregation(), BigDecimal.valueOf(target),
                in.periodStart(), in.periodEnd(), in.tolerance(), in.stageKey());
    }

    @Test
    void aTargetChangeNeedsAReasonAndIsKeptWithWhoWhenBeforeAndAfter() {
        clock.set(Instant.parse("2026-02-01T09:00:00Z"));
        KpiSummary k = leads();
        KpiId id = new KpiId(k.id());

        assertThatThrownBy(() -> kpis.update(f.ws1Id(), id, withTarget(k, 300), k.version(), "  "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("history.error.reasonRequired");
                });
        assertThat(kpis.get(f.ws1Id(), id).target()).isEqualByComparingTo("200");
        assertThat(kpis.history(f.ws1Id(), id, Optional.empty())).isEmpty();

        kpis.update(f.ws1Id(), id, withTarget(k, 300), k.version(), " Client doubled the ad budget ");
        // renaming needs no reason and is not a revision
        KpiSummary renamed = kpis.get(f.ws1Id(), id);
        kpis.update(f.ws1Id(), id, renamed.toInput().withName("Inbound leads"), renamed.version(), null);
        // period and tolerance together: two rows, one reason
        clock.set(Instant.parse("2026-02-10T09:00:00Z"));
        KpiSummary now = kpis.get(f.ws1Id(), id);
        KpiInput in = now.toInput();
        kpis.update(f.ws1Id(), id, new KpiInput(in.name(), in.unit(), in.direction(), in.aggregation(), in.target(),
                JAN1, LocalDate.of(2026, 4, 30), new BigDecimal("0.1"), in.stageKey()), now.version(), "Longer run");

        List<Revision> history = kpis.history(f.ws1Id(), id, Optional.empty());
        assertThat(history).extracting(Revision::field).containsExactly(RevisionField.TOLERANCE,
                RevisionField.PERIOD, RevisionField.TARGET);
        Revision target = history.get(2);
        assertThat(target.before()).isEqualTo("200");
        assertThat(target.after()).isEqualTo("300");
        assertThat(target.reason()).isEqualTo("Client doubled the ad budget");
        assertThat(target.source()).isEqualTo(RevisionSource.USER);
        assertThat(target.changedBy()).contains("Member " + f.manager());
        // the test clock ticks on by milliseconds while the test runs
        assertThat(target.changedAt()).isBetween(Instant.parse("2026-02-01T09:00:00Z"),
                Instant.parse("2026-02-01T09:00:05Z"));
        assertThat(history.get(1).before()).isEqualTo("2026-01-01/2026-03-31");
        assertThat(history.get(0).after()).isEqualTo("0.1");

        // the chart's step: from Feb 1 (Paris) the target is 300, before it 200
        clock.set(Instant.parse("2026-02-15T09:00:00Z"));
        KpiPacing p = pacing.pacing(f.ws1Id(), id);
        assertThat(p.steps()).singleElement().satisfies(s -> {
            assertThat(s.day()).isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(s.before()).isEqualByComparingTo("200");
            assertThat(s.reason()).isEqualTo("Client doubled the ad budget");
        });
        assertThat(p.targets().targetOn(LocalDate.of(2026, 1, 31))).isEqualTo(200);
        assertThat(pacing.dashboard(f.ws1Id()).kpis().getFirst().steps()).hasSize(1);

        // the client viewer of the workspace reads the history too
        fixtures.signIn(f.client());
        assertThat(kpis.history(f.ws1Id(), id, Optional.empty())).hasSize(3);
    }

    @Test
    void theHistoryIsBoundedAndPagesOnNewestFirst() {
        KpiSummary k = leads();
        KpiId id = new KpiId(k.id());
        for (int i = 1; i <= RevisionLog.PAGE + 2; i++) {
            KpiSummary now = kpis.get(f.ws1Id(), id);
            kpis.update(f.ws1Id(), id, withTarget(now, 200 + i), now.version(), "step " + i);
        }
        List<Revision> first = kpis.history(f.ws1Id(), id, Optional.empty());
        assertThat(first).hasSize(RevisionLog.PAGE);
        assertThat(first.getFirst().reason()).isEqualTo("step " + (RevisionLog.PAGE + 2));
        List<Revision> older = kpis.history(f.ws1Id(), id, Optional.of(first.getLast().id()));
        assertThat(older).extracting(Revision::reason).containsExactly("step 2", "step 1");
    }

    @Test
    void aFailingChangeWritesNoRevisionAndARevisionNeedsTheChangesTransaction() {
        KpiSummary k = leads();
        KpiId id = new KpiId(k.id());
        // the change and its revision share one transaction: when it rolls back, neither stays
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            kpis.update(f.ws1Id(), id, withTarget(k, 999), k.version(), "rolled back");
            throw new IllegalStateException("a later step of the same transaction failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(kpis.get(f.ws1Id(), id).target()).isEqualByComparingTo("200");
        assertThat(kpis.history(f.ws1Id(), id, Optional.empty())).isEmpty();
        // a stale save fails before anything is written
        kpis.update(f.ws1Id(), id, withTarget(k, 250), k.version(), "first");
        assertThatThrownBy(() -> kpis.update(f.ws1Id(), id, withTarget(k, 260), k.version(), "stale"))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        assertThat(kpis.history(f.ws1Id(), id, Optional.empty())).extracting(Revision::reason)
                .containsExactly("first");
        // nobody can write a revision outside the change's transaction
        assertThatThrownBy(() -> log.record(f.ws1Id(), List.of(RevisionLog.Change.target(k.id(), BigDecimal.ONE,
                BigDecimal.TEN)), "alone", RevisionSource.SYSTEM)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void adoptingAPlanRecordsThePlanOfRecordAndTheKpiTargetsItChanges() {
        fixtures.signIn(f.owner());
        long baseline = FunnelTestData.workedExample(funnels, f.ws2());
        fixtures.signIn(f.contributor());
        ScenarioForm form = new ScenarioForm("+15% customers", baseline, GoalKind.RELATIVE, 5, new BigDecimal("15"),
                Optional.empty(), LeverKind.ONE_RATE, List.of(0), List.of(), 0.5, CeilingMode.NONE,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        ScenarioId first = new ScenarioId(scenarios.create(f.ws2Id(), form));
        scenarios.adopt(f.ws2Id(), first, true, scenarios.get(f.ws2Id(), first).version());
        // a bigger goal, adopted again: the linked KPIs take the new targets, with the plan as the reason
        ScenarioForm bigger = new ScenarioForm("+15% customers", baseline, GoalKind.RELATIVE, 5, new BigDecimal("30"),
                Optional.empty(), LeverKind.ONE_RATE, List.of(0), List.of(), 0.5, CeilingMode.NONE,
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
        scenarios.update(f.ws2Id(), first, bigger, scenarios.get(f.ws2Id(), first).version());
        scenarios.adopt(f.ws2Id(), first, true, scenarios.get(f.ws2Id(), first).version());
        ScenarioId second = new ScenarioId(scenarios.duplicate(f.ws2Id(), first, "Traffic instead"));
        scenarios.adopt(f.ws2Id(), second, false, scenarios.get(f.ws2Id(), second).version());

        List<Revision> plan = scenarios.history(f.ws2Id(), first, Optional.empty());
        assertThat(plan).extracting(Revision::field).containsExactly(RevisionField.PLAN_OF_RECORD,
                RevisionField.PLAN_OF_RECORD, RevisionField.GOAL, RevisionField.PLAN_OF_RECORD);
        assertThat(plan.get(0).after()).isEqualTo("Traffic instead");
        assertThat(plan.get(2).before()).isEqualTo("RELATIVE|5|15|");
        assertThat(plan.get(2).after()).isEqualTo("RELATIVE|5|30|");
        assertThat(plan.get(3).before()).isEmpty();
        assertThat(plan.get(3).source()).isEqualTo(RevisionSource.PLAN);
        assertThat(scenarios.history(f.ws2Id(), second, Optional.empty())).singleElement()
                .satisfies(r -> assertThat(r.before()).isEqualTo("+15% customers"));

        fixtures.signIn(f.manager());
        KpiSummary customers = kpis.list(f.ws2Id(), false).stream().filter(k -> "customer".equals(
                k.stageKey().orElse(null))).findFirst().orElseThrow();
        assertThat(kpis.history(f.ws2Id(), new KpiId(customers.id()), Optional.empty())).singleElement()
                .satisfies(r -> {
                    assertThat(r.field()).isEqualTo(RevisionField.TARGET);
                    assertThat(r.source()).isEqualTo(RevisionSource.PLAN);
                    assertThat(r.reason()).isEqualTo("+15% customers");
                    assertThat(new BigDecimal(r.after())).isGreaterThan(new BigDecimal(r.before()));
                });
    }

    @Test
    void anotherAgencyAndAClientOfAnotherWorkspaceNeverReadTheHistory() {
        KpiSummary k = leads();
        KpiId id = new KpiId(k.id());
        kpis.update(f.ws1Id(), id, withTarget(k, 300), k.version(), "secret reason");
        // a contributor of ws2 (same agency) neither in ws1 nor by guessing the id in their own workspace
        fixtures.signIn(f.contributor());
        assertThatThrownBy(() -> kpis.history(f.ws1Id(), id, Optional.empty()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> kpis.history(f.ws2Id(), id, Optional.empty()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(pacing.dashboard(f.ws2Id()).kpis()).allSatisfy(p -> assertThat(p.steps()).isEmpty());
        // another agency: not its workspace, and the id guessed into its own workspace is not found
        fixtures.signIn(other.owner());
        assertThatThrownBy(() -> kpis.history(f.ws1Id(), id, Optional.empty()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> kpis.history(other.ws1Id(), id, Optional.empty()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> scenarios.history(other.ws1Id(), new ScenarioId(k.id()), Optional.empty()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        // and its own KPI with the same-looking history query sees nothing of A's revisions
        long own = kpis.create(other.ws1Id(), KpiInput.count("Leads", 200, JAN1, MAR31));
        assertThat(kpis.history(other.ws1Id(), new KpiId(own), Optional.empty())).isEmpty();
        assertThat(log.targetChanges(other.ws1Id(), List.of(k.id(), own))).isEmpty();
    }
}
