package app.goalpost.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.scenario.PlanAdopted;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** KPI definitions, actuals and pacing through the services: numbers, permissions and isolation. */
@IntegrationTest
class KpiServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;

    AgencyFixture f;
    AgencyFixture other;

    @BeforeEach
    void agencies() {
        f = fixtures.agency("kpisvc");
        other = fixtures.agency("kpiother");
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /** Pacing example (docs/method.md definitions): 120 of 300 leads after 45 of 90 days → 40% vs 50%, behind, projection 240. */
    @Test
    void workedPacingExample() {
        fixtures.signIn(f.manager());
        LocalDate today = pacing.today(f.ws1Id());
        LocalDate start = today.minusDays(44);
        long id = kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, start, start.plusDays(89)));
        actuals.save(f.ws1Id(), new KpiId(id), Granularity.DAY, Map.of(start, Optional.of(new BigDecimal("50")),
                today, Optional.of(new BigDecimal("70"))));

        KpiPacing p = pacing.pacing(f.ws1Id(), new KpiId(id));
        assertThat(p.result().achieved()).isEqualTo(0.4);
        assertThat(p.result().elapsed()).isEqualTo(0.5);
        assertThat(p.status()).isEqualTo(PacingStatus.BEHIND);
        assertThat(p.result().projection().getAsDouble()).isEqualTo(240.0);
        assertThat(pacing.dashboard(f.ws1Id()).kpis()).extracting(k -> k.kpi().id()).containsExactly(id);
    }

    @Test
    void lastYearsActualsShapeTheExpectedCurve() {
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws3Id());
        LocalDate start = today.minusDays(9);
        long id = kpis.create(f.ws3Id(), KpiInput.count("Deals", 100, start, start.plusDays(19)));
        // last year: 80% of the period's total came in the first 10 days
        actuals.save(f.ws3Id(), new KpiId(id), Granularity.DAY, Map.of(start.minusYears(1),
                Optional.of(new BigDecimal("80")),
                start.plusDays(19).minusYears(1), Optional.of(new BigDecimal("20")),
                today, Optional.of(new BigDecimal("50"))));
        KpiPacing p = pacing.dashboard(f.ws3Id()).kpis().getFirst();
        assertThat(p.result().seasonal()).isTrue();
        assertThat(p.result().expected()).isEqualTo(0.8);
        assertThat(p.status()).isEqualTo(PacingStatus.BEHIND);
        assertThat(p.series().seasonal()).isTrue();
    }

    @Test
    void weeklyValuesReplaceTheDaysOfTheirWeek() {
        fixtures.signIn(f.manager());
        LocalDate sunday = LocalDate.of(2026, 3, 8);
        long id = kpis.create(f.ws1Id(), KpiInput.count("MQL", 100, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3,
                31)));
        actuals.save(f.ws1Id(), new KpiId(id), Granularity.DAY, Map.of(sunday.minusDays(2), Optional.of(BigDecimal.ONE),
                sunday.minusDays(3), Optional.of(BigDecimal.TWO)));
        actuals.save(f.ws1Id(), new KpiId(id), Granularity.WEEK, Map.of(sunday, Optional.of(BigDecimal.TEN)));
        assertThat(actuals.list(f.ws1Id(), new KpiId(id), DateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3,
                31))))
                .containsExactly(new ActualEntry(sunday, new BigDecimal("10")));
    }

    @Test
    void definitionsAreValidatedFieldByField() {
        fixtures.signIn(f.manager());
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertRefused(() -> kpis.create(f.ws1Id(), KpiInput.count(" ", 10, d, d)), "name");
        assertRefused(() -> kpis.create(f.ws1Id(), KpiInput.count("Leads", 0, d, d)), "target");
        assertRefused(() -> kpis.create(f.ws1Id(), KpiInput.count("Leads", 10, d, d.minusDays(1))), "periodEnd");
        kpis.create(f.ws1Id(), KpiInput.count("Leads", 10, d, d));
        assertRefused(() -> kpis.create(f.ws1Id(), KpiInput.count("leads", 10, d, d)), "name");
        assertThat(kpis.list(f.ws1Id(), true)).hasSize(1);
    }

    @Test
    void duplicateAndArchive() {
        fixtures.signIn(f.manager());
        LocalDate d = LocalDate.of(2026, 1, 1);
        long id = kpis.create(f.ws1Id(), KpiInput.count("Leads", 10, d, d.plusDays(30)));
        long copy = kpis.duplicate(f.ws1Id(), new KpiId(id), "(copy)");
        long copy2 = kpis.duplicate(f.ws1Id(), new KpiId(id), "(copy)");
        assertThat(kpis.get(f.ws1Id(), new KpiId(copy)).name()).isEqualTo("Leads (copy)");
        assertThat(kpis.get(f.ws1Id(), new KpiId(copy2)).name()).isEqualTo("Leads (copy) 2");
        kpis.setArchived(f.ws1Id(), new KpiId(id), true);
        assertThat(kpis.list(f.ws1Id(), false)).extracting(KpiSummary::id).containsExactly(copy, copy2);
        assertThat(pacing.dashboard(f.ws1Id()).kpis()).hasSize(2);
    }

    @Test
    void rolesDecideWhoDefinesAndWhoEntersActuals() {
        fixtures.signIn(f.manager());
        LocalDate d = LocalDate.of(2026, 1, 1);
        long ws1Kpi = kpis.create(f.ws1Id(), KpiInput.count("Leads", 10, d, d.plusDays(30)));
        long ws2Kpi = kpis.create(f.ws2Id(), KpiInput.count("Leads", 10, d, d.plusDays(30)));
        Map<LocalDate, Optional<BigDecimal>> one = Map.of(d, Optional.of(BigDecimal.ONE));

        fixtures.signIn(f.client()); // viewer of ws1
        assertThat(kpis.list(f.ws1Id(), false)).hasSize(1);
        assertThatThrownBy(() -> actuals.save(f.ws1Id(), new KpiId(ws1Kpi), Granularity.DAY, one))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> kpis.create(f.ws1Id(), KpiInput.count("X", 1, d, d)))
                .isInstanceOf(AccessDeniedException.class);

        fixtures.signIn(f.contributor()); // contributor of ws2
        actuals.save(f.ws2Id(), new KpiId(ws2Kpi), Granularity.DAY, one);
        assertThat(actuals.list(f.ws2Id(), new KpiId(ws2Kpi), DateRange.of(d, d))).hasSize(1);
        assertThatThrownBy(() -> kpis.list(f.ws1Id(), false)).isInstanceOf(WorkspaceNotFoundException.class);
    }

    /** Every read and write path refuses a KPI id from another workspace or another agency. */
    @Test
    void foreignKpiIdsAreNotFound() {
        fixtures.signIn(other.owner());
        LocalDate d = LocalDate.of(2026, 1, 1);
        long foreign = kpis.create(other.ws1Id(), KpiInput.count("Leads", 10, d, d.plusDays(30)));
        actuals.save(other.ws1Id(), new KpiId(foreign), Granularity.DAY, Map.of(d, Optional.of(BigDecimal.ONE)));

        fixtures.signIn(f.owner());
        long own = kpis.create(f.ws1Id(), KpiInput.count("Leads", 10, d, d.plusDays(30)));
        List<Runnable> reads = new ArrayList<>(List.of(
                () -> kpis.get(f.ws1Id(), new KpiId(foreign)),
                () -> kpis.get(f.ws2Id(), new KpiId(own)),
                () -> pacing.pacing(f.ws1Id(), new KpiId(foreign)),
                () -> pacing.pacing(f.ws2Id(), new KpiId(own)),
                () -> actuals.list(f.ws1Id(), new KpiId(foreign), DateRange.of(d, d)),
                () -> actuals.list(f.ws2Id(), new KpiId(own), DateRange.of(d, d)),
                () -> kpis.list(other.ws1Id(), true),
                () -> pacing.dashboard(other.ws1Id()),
                () -> actuals.preview(f.ws1Id(), Optional.of(new KpiId(foreign)), List.of()),
                () -> kpis.duplicate(f.ws1Id(), new KpiId(foreign), "copy"),
                () -> pacing.today(other.ws1Id()),
                () -> kpis.update(f.ws1Id(), new KpiId(foreign), KpiInput.count("X", 1, d, d), 0, "why"),
                () -> kpis.history(f.ws1Id(), new KpiId(foreign), Optional.empty()),
                () -> kpis.setArchived(f.ws1Id(), new KpiId(foreign), true),
                () -> actuals.save(f.ws1Id(), new KpiId(foreign), Granularity.DAY, Map.of(d,
                        Optional.of(BigDecimal.ONE))),
                () -> actuals.importRows(other.ws1Id(), Optional.empty(),
                        List.of(new RawRow(1, d.toString(), "Leads", "1")))));
        for (Runnable read : reads) {
            assertThatThrownBy(read::run).isInstanceOf(WorkspaceNotFoundException.class);
        }
        assertThat(pacing.dashboard(f.ws1Id()).kpis()).extracting(k -> k.kpi().id()).containsExactly(own);
        assertThat(actuals.list(f.ws1Id(), new KpiId(own), DateRange.of(d, d))).isEmpty();
    }

    @Test
    void anAdoptedPlanCreatesThenUpdatesItsKpis() {
        fixtures.signIn(f.manager());
        LocalDate s = LocalDate.of(2026, 4, 1);
        LocalDate e = LocalDate.of(2026, 6, 30);
        List<PlanAdopted.StageTarget> targets = List.of(
                new PlanAdopted.StageTarget("Leads", "lead", 689.9, 690),
                new PlanAdopted.StageTarget("Customers", "customer", 20.7, 21));
        tx.executeWithoutResult(t -> events.publishEvent(new PlanAdopted(f.ws1(), 77, "Q2 growth", s, e, targets, true)));
        List<KpiSummary> created = kpis.list(f.ws1Id(), false);
        assertThat(created).extracting(KpiSummary::name).containsExactly("Customers · Q2 growth", "Leads · Q2 growth");
        assertThat(created).extracting(k -> k.target().intValue()).containsExactly(21, 690);
        assertThat(created).allSatisfy(k -> {
            assertThat(k.sourceScenarioId()).contains(77L);
            assertThat(k.period()).isEqualTo(DateRange.of(s, e));
        });

        tx.executeWithoutResult(t -> events.publishEvent(new PlanAdopted(f.ws1(), 77, "Q2 growth", s, e,
                List.of(new PlanAdopted.StageTarget("Customers", "customer", 24, 24)), true)));
        tx.executeWithoutResult(t -> events.publishEvent(new PlanAdopted(f.ws1(), 78, "Other", s, e, targets, false)));
        assertThat(kpis.list(f.ws1Id(), false)).extracting(k -> k.target().intValue()).containsExactly(24, 690);

        // A stage the user gave no benchmark key: adopting again updates the KPI instead of failing or duplicating.
        List<PlanAdopted.StageTarget> custom = List.of(new PlanAdopted.StageTarget("Webinar sign-ups", null, 40, 40));
        tx.executeWithoutResult(t -> events.publishEvent(new PlanAdopted(f.ws1(), 79, "Webinars", s, e, custom, true)));
        tx.executeWithoutResult(t -> events.publishEvent(new PlanAdopted(f.ws1(), 79, "Webinars", s, e,
                List.of(new PlanAdopted.StageTarget("Webinar sign-ups", null, 45, 45)), true)));
        assertThat(kpis.list(f.ws1Id(), false)).filteredOn(k -> k.name().startsWith("Webinar sign-ups"))
                .extracting(k -> k.target().intValue()).containsExactly(45);
    }

    private static void assertRefused(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    /** The pacing reads check VIEW themselves: a member of the agency who is not in the workspace is refused. */
    @Test
    void pacingIsRefusedOutsideTheUsersWorkspaces() {
        fixtures.signIn(f.owner());
        LocalDate d = LocalDate.of(2026, 1, 1);
        long inWs2 = kpis.create(f.ws2Id(), KpiInput.count("Leads", 10, d, d.plusDays(30)));
        fixtures.signIn(f.client()); // viewer of ws1 only
        for (Runnable read : List.<Runnable>of(() -> pacing.dashboard(f.ws2Id()), () -> pacing.pacing(f.ws2Id(),
                new KpiId(inWs2)),
                () -> pacing.today(f.ws2Id()), () -> pacing.dashboard(f.ws3Id()))) {
            assertThatThrownBy(read::run).isInstanceOf(WorkspaceNotFoundException.class);
        }
        assertThat(pacing.dashboard(f.ws1Id()).kpis()).isEmpty();
    }

    @Test
    void aHugeTargetIsRefusedAsTooLarge() {
        fixtures.signIn(f.owner());
        LocalDate d = LocalDate.of(2026, 1, 1);
        KpiInput base = KpiInput.count("Leads", 10, d, d.plusDays(30));
        KpiInput huge = new KpiInput(base.name(), base.unit(), base.direction(), base.aggregation(),
                new BigDecimal("99999999999999999999"), base.periodStart(), base.periodEnd(), base.tolerance(),
                base.stageKey());
        assertThatThrownBy(() -> kpis.create(f.ws1Id(), huge)).isInstanceOfSatisfying(
                app.goalpost.shared.InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("kpi.error.targetTooLarge"));
    }
}
