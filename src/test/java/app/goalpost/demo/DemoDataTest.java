package app.goalpost.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.BenchmarkProposal;
import app.goalpost.funnel.Benchmarks;
import app.goalpost.funnel.FunnelService;
import app.goalpost.kpi.Dashboard;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.kpi.PacingService;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.planning.lever.LeverAnalysis;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.planning.scenario.Plan;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo tells a coherent story in every workspace: budgets in the workspace currency with the spend
 * attributed, levers with real gains, feasible scenarios, and KPIs whose targets are the adopted plan's.
 * Seeded once for the class (through the same services as the start-up loader) on the fixed test clock.
 */
@IntegrationTest
class DemoDataTest {

    private static DemoData.Seeded seeded;
    private static String owner;

    @Autowired DemoData demo;
    @Autowired Fixtures fixtures;
    @Autowired WorkspaceService workspaces;
    @Autowired FunnelService funnels;
    @Autowired Benchmarks benchmarks;
    @Autowired ScenarioService scenarios;
    @Autowired KpiService kpis;
    @Autowired PacingService pacing;

    @BeforeEach
    void seedOnceAndSignIn() {
        if (seeded == null) {
            String suffix = UUID.randomUUID().toString().substring(0, 8);
            owner = "owner-" + suffix + "@demo.test";
            seeded = demo.seed(new DemoData.Logins(owner, "manager-" + suffix + "@demo.test",
                    "client-" + suffix + "@demo.test", Fixtures.PASSWORD));
        }
        fixtures.signIn(owner);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void lumensBenchmarkBudgetIsInItsOwnCurrencyAndBuysAPlausibleFunnel() {
        WorkspaceDetails lumen = workspaces.get(new WorkspaceId(seeded.lumen()));
        BaselineData plan = funnels.baselines(new WorkspaceId(seeded.lumen())).stream()
                .map(b -> funnels.baseline(new WorkspaceId(seeded.lumen()), new BaselineId(b.id())))
                .filter(b -> b.method() == BaselineMethod.BENCHMARKS_AND_BUDGET).findFirst().orElseThrow();
        var set = benchmarks.set(plan.benchmarkSet().orElseThrow()).orElseThrow();

        assertThat(BenchmarkProposal.budgetCurrency(set)).contains(lumen.currency());
        assertThat(plan.name()).contains(lumen.currency().getCurrencyCode());
        BaselineRow leads = plan.rows().getFirst();
        assertThat(leads.spend()).contains(new BigDecimal("240000.00"));
        assertThat(leads.volume().doubleValue()).isBetween(700.0, 800.0);
        // a quarter's budget that buys a few customers, not a fraction of one
        assertThat(plan.rows().getLast().volume().doubleValue()).isBetween(3.0, 10.0);
    }

    @Test
    void everyCurrentBaselineHasSpendAndMainLeversWithRealGains() {
        for (long ws : ids()) {
            WorkspaceDetails details = workspaces.get(new WorkspaceId(ws));
            BaselineData current = funnels.currentBaseline(new WorkspaceId(ws)).orElseThrow();
            var funnel = current.funnel(details.currency()).orElseThrow();
            assertThat(funnel.totalSpend()).as(details.name()).isPresent();
            LeverAnalysis levers = LeverAnalysis.of(funnel, benchmarks.forIndustry(details.industry()));
            assertThat(levers.mainLevers()).as(details.name()).isNotEmpty();
            assertThat(levers.mainLevers().getFirst().extraOutputAtMedian().orElse(0)).as(details.name())
                    .isGreaterThan(0.5);
        }
        BaselineData harbor = funnels.currentBaseline(new WorkspaceId(seeded.harbor())).orElseThrow();
        assertThat(harbor.rows()).extracting(r -> r.volume().longValue())
                .containsExactly(20_000L, 600L, 150L, 90L, 45L, 18L);
    }

    @Test
    void everyScenarioIsFeasibleAndLumensPlanIsReachable() {
        for (long ws : ids()) {
            long baseline = funnels.currentBaseline(new WorkspaceId(ws)).orElseThrow().id();
            List<ScenarioData> list = scenarios.list(new WorkspaceId(ws), new BaselineId(baseline));
            assertThat(list).isNotEmpty().allSatisfy(s -> assertThat(scenarios.solve(new WorkspaceId(ws),
                    s.form()).feasible())
                    .as(s.name()).isTrue());
            assertThat(scenarios.adopted(new WorkspaceId(ws))).hasSize(1);
        }
        long lumenBaseline = funnels.currentBaseline(new WorkspaceId(seeded.lumen())).orElseThrow().id();
        for (ScenarioData s : scenarios.list(new WorkspaceId(seeded.lumen()), new BaselineId(lumenBaseline))) {
            Plan plan = ((PlanResult.Feasible) scenarios.solve(new WorkspaceId(seeded.lumen()), s.form())).plan();
            assertThat(plan.achieved()).isEqualTo(6.0, offset(1e-9));
            if (plan.noExtraMediaSpend()) {
                // the quality plan stays under the 39% benchmark of Lead → MQL
                assertThat(plan.steps().getFirst().plannedRate().value()).isLessThan(0.39);
            } else {
                assertThat(plan.media().unknown()).isFalse();
                assertThat(plan.media().extraSpend().orElseThrow().amount()).isPositive();
            }
        }
    }

    @Test
    void kpiTargetsAreTheAdoptedPlansTargets() {
        for (long ws : ids()) {
            ScenarioData plan = scenarios.adopted(new WorkspaceId(ws)).getFirst();
            List<KpiSummary> list = kpis.list(new WorkspaceId(ws), false);
            for (ScenarioData.PlannedTarget target : plan.targets()) {
                assertThat(list).as(target.stageName())
                        .filteredOn(k -> k.sourceScenarioId().equals(Optional.of(plan.id())))
                        .filteredOn(k -> k.stageKey().equals(target.stageKey()))
                        .singleElement().extracting(k -> k.target().longValueExact())
                        .isEqualTo(target.wholeUnits());
            }
            // no stage KPI outside the plan (the old demo had Lumen aim at 300 leads against a plan of 48)
            assertThat(list).filteredOn(k -> k.stageKey().isPresent()).allMatch(k -> k.sourceScenarioId().isPresent());
            assertThat(list).allMatch(k -> k.period().start().equals(plan.form().periodStart())
                    && k.period().end().equals(plan.form().periodEnd()));
            // a rate KPI for each rate the plan lifts, and none for the rates it holds
            assertThat(list).as(plan.name()).filteredOn(k -> k.name().endsWith(" rate"))
                    .hasSameSizeAs(plan.form().steps());
        }
        // Lumen's plan lifts Lead → MQL to 36%: that rate is tracked with the plan's figure
        assertThat(kpis.list(new WorkspaceId(seeded.lumen()),
                false)).filteredOn(k -> k.name().equals("Leads → MQL rate"))
                .singleElement().extracting(k -> k.target().doubleValue()).isEqualTo(36.0);
    }

    @Test
    void dashboardsMixStatusesAndKellerHasASeasonalCurve() {
        for (long ws : ids()) {
            Dashboard dashboard = pacing.dashboard(new WorkspaceId(ws));
            Set<PacingStatus> statuses = dashboard.kpis().stream().map(KpiPacing::status).collect(Collectors.toSet());
            assertThat(statuses).as(workspaces.get(new WorkspaceId(ws)).name()).contains(PacingStatus.BEHIND)
                    .containsAnyOf(PacingStatus.AHEAD, PacingStatus.ON_TRACK);
        }
        Dashboard keller = pacing.dashboard(new WorkspaceId(seeded.keller()));
        assertThat(keller.kpis()).filteredOn(k -> k.kpi().cumulative()).isNotEmpty()
                .allMatch(k -> k.series().seasonal());
        assertThat(pacing.dashboard(new WorkspaceId(seeded.lumen())).kpis()).noneMatch(k -> k.result().seasonal());
    }

    /** The media spend each demo plan assumes is a budget (on/over budget), the cost per lead a cost. */
    @Test
    void mediaSpendIsABudgetAndTheCostPerLeadACost() {
        for (long ws : ids()) {
            assertThat(kpis.list(new WorkspaceId(ws), false)).filteredOn(k -> k.name().equals(DemoKpis.MEDIA_SPEND))
                    .singleElement().extracting(KpiSummary::kind).isEqualTo(app.goalpost.kpi.KpiKind.BUDGET);
            assertThat(kpis.list(new WorkspaceId(ws), false)).filteredOn(k -> k.name().equals(DemoKpis.COST_PER_LEAD))
                    .allMatch(k -> k.kind() == app.goalpost.kpi.KpiKind.COST);
        }
    }

    private static List<Long> ids() {
        return List.of(seeded.lumen(), seeded.harbor(), seeded.keller());
    }
}
