package app.goalpost.demo;

import app.goalpost.funnel.BaselineForm;
import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.BenchmarkProposal;
import app.goalpost.funnel.Benchmarks;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.StageInfo;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.planning.funnel.BaselinePeriods;
import app.goalpost.planning.funnel.BaselinePeriods.PeriodType;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Demo funnels, baselines and scenarios, created through the services like a user would. Each workspace adopts
 * one feasible plan for the current quarter, with its tracking KPIs (which {@link DemoKpis} then fills).
 */
@Component
class DemoPlans {

    /** Lumen's planned quarterly paid-media budget: about USD 80,000 a month, a funded SaaS startup. */
    static final BigDecimal LUMEN_BUDGET = new BigDecimal("240000");
    static final String LUMEN_PLAN = "6 customers: better lead quality";

    private final FunnelService funnels;
    private final ScenarioService scenarios;
    private final Benchmarks benchmarks;
    private final WorkspaceService workspaces;

    DemoPlans(FunnelService funnels, ScenarioService scenarios, Benchmarks benchmarks, WorkspaceService workspaces) {
        this.funnels = funnels;
        this.scenarios = scenarios;
        this.benchmarks = benchmarks;
        this.workspaces = workspaces;
    }

    /** The scale-up carries the method's worked example (docs/method.md) as its previous quarter. */
    void harbor(WorkspaceId ws, LocalDate today) {
        funnels.useDefaultStages(ws);
        List<StageInfo> stages = funnels.stages(ws);
        DateRange last = BaselinePeriods.previousPeriod(PeriodType.QUARTER, today);
        DateRange before = BaselinePeriods.previousPeriod(PeriodType.QUARTER, last.start());
        funnels.createBaseline(ws, form(stages, "Previous quarter (older)", BaselineMethod.OWN_PREVIOUS_PERIOD,
                before, new long[] {19_200, 560, 138, 85, 41, 16}, "9600", null));
        long current = funnels.createBaseline(ws, form(stages, "Previous quarter", BaselineMethod.OWN_PREVIOUS_PERIOD,
                last, new long[] {20_000, 600, 150, 90, 45, 18}, "10000", "4500"));
        funnels.markCurrent(ws, new BaselineId(current));
        DateRange next = BaselinePeriods.periodContaining(PeriodType.QUARTER, today);
        long rate = scenarios.create(ws, scenario("+15% customers through website conversion", current, 15,
                LeverKind.ONE_RATE, List.of(0), List.of(), next));
        scenarios.create(ws, scenario("+15% customers through traffic", current, 15, LeverKind.VOLUME, List.of(),
                List.of(), next));
        scenarios.create(ws, new ScenarioForm("+25% customers, half traffic, half quality", current, GoalKind.RELATIVE,
                5, new BigDecimal("25"), Optional.empty(), LeverKind.MIX, List.of(0, 1), List.of(), 0.5,
                CeilingMode.BENCHMARK_HIGH, next.start(), next.end()));
        adopt(ws, rate);
    }

    /** The established company compares with the same quarter last year (seasonality). */
    void keller(WorkspaceId ws, LocalDate today) {
        funnels.useDefaultStages(ws);
        List<StageInfo> stages = funnels.stages(ws);
        DateRange lastYear = BaselinePeriods.samePeriodLastYear(PeriodType.QUARTER, today);
        long baseline = funnels.createBaseline(ws, form(stages, "Same quarter last year",
                BaselineMethod.SAME_PERIOD_LAST_YEAR, lastYear, new long[] {48_000, 1_150, 310, 140, 72, 31}, "38000",
                "6500"));
        funnels.markCurrent(ws, new BaselineId(baseline));
        DateRange next = BaselinePeriods.periodContaining(PeriodType.QUARTER, today);
        adopt(ws, scenarios.create(ws, scenario("+10% customers, lead quality first", baseline, 10, LeverKind.RATES,
                List.of(0, 1), List.of(1.0, 2.0), next)));
    }

    /**
     * The startup follows the method's advice for companies without history: last quarter was planned from the
     * SaaS benchmarks and the paid-media budget (the benchmark buys leads, so the funnel starts at Leads), and now
     * that quarter's own figures are the baseline. They fall short of the benchmark at Lead → MQL, which is the
     * growth lever; the adopted plan lifts that rate to 36% (still under the 39% benchmark) for 6 customers
     * instead of 5 with the same budget, and a second scenario prices the same goal through more paid leads.
     */
    void lumen(WorkspaceId ws, LocalDate today) {
        for (String[] stage : List.of(new String[] {"Leads", "lead"}, new String[] {"MQL", "mql"},
                new String[] {"SQL", "sql"}, new String[] {"Opportunities", "opportunity"},
                new String[] {"Customers", "customer"})) {
            funnels.addStage(ws, stage[0], stage[1]);
        }
        List<StageInfo> stages = funnels.stages(ws);
        BenchmarkSet set = benchmarks.set("b2b-saas")
                .orElseThrow(() -> new IllegalStateException("the benchmark catalogue has no b2b-saas set"));
        BenchmarkProposal proposal = BenchmarkProposal.of(stages, set, LUMEN_BUDGET, workspaces.get(ws).currency());
        if (!proposal.spendAttributed()) {
            throw new IllegalStateException("Lumen's budget must be in its workspace currency, "
                    + proposal.budgetCurrency());
        }
        DateRange last = BaselinePeriods.previousPeriod(PeriodType.QUARTER, today);
        funnels.createBaseline(ws, new BaselineForm("Benchmarks + " + proposal.budgetCurrency().getCurrencyCode()
                + " 240,000 budget", BaselineMethod.BENCHMARKS_AND_BUDGET, last.start(), last.end(),
                Optional.of(set.key()), Optional.of(LUMEN_BUDGET), proposal.rows()));
        // what the quarter really brought: CPL USD 302.56, Lead → MQL 30% against a 39% benchmark
        long own = funnels.createBaseline(ws, form(stages, "Previous quarter (own data)",
                BaselineMethod.OWN_PREVIOUS_PERIOD, last, new long[] {780, 234, 35, 14, 5}, "236000", null));
        funnels.markCurrent(ws, new BaselineId(own));
        DateRange quarter = BaselinePeriods.periodContaining(PeriodType.QUARTER, today);
        long quality = scenarios.create(ws, new ScenarioForm(LUMEN_PLAN, own, GoalKind.ABSOLUTE, 4,
                new BigDecimal("6"), Optional.empty(), LeverKind.ONE_RATE, List.of(0), List.of(), 0,
                CeilingMode.BENCHMARK_HIGH, quarter.start(), quarter.end()));
        scenarios.create(ws, new ScenarioForm("6 customers: more paid leads", own, GoalKind.ABSOLUTE, 4,
                new BigDecimal("6"), Optional.empty(), LeverKind.VOLUME, List.of(), List.of(), 0, CeilingMode.NONE,
                quarter.start(), quarter.end()));
        adopt(ws, quality);
    }

    /** Adopts the scenario as the plan of record and lets the KPI feature create its tracking KPIs. */
    private void adopt(WorkspaceId ws, long scenarioId) {
        scenarios.adopt(ws, new ScenarioId(scenarioId), true, scenarios.get(ws, new ScenarioId(scenarioId)).version());
    }

    /** Spend goes on the first stage (paid traffic or paid leads) and, when given, on the second. */
    private static BaselineForm form(List<StageInfo> stages, String name, BaselineMethod method, DateRange period,
            long[] volumes, String firstSpend, String secondSpend) {
        List<BaselineRow> rows = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageInfo s = stages.get(i);
            String spend = i == 0 ? firstSpend : i == 1 ? secondSpend : null;
            rows.add(new BaselineRow(s.id(), s.name(), s.benchmarkKey(), BigDecimal.valueOf(volumes[i]),
                    Optional.ofNullable(spend).map(BigDecimal::new)));
        }
        return new BaselineForm(name, method, period.start(), period.end(), Optional.empty(), Optional.empty(), rows);
    }

    private static ScenarioForm scenario(String name, long baseline, int percent, LeverKind lever, List<Integer> steps,
            List<Double> weights, DateRange period) {
        return new ScenarioForm(name, baseline, GoalKind.RELATIVE, 5, BigDecimal.valueOf(percent), Optional.empty(),
                lever, steps, weights, 0.5, CeilingMode.NONE, period.start(), period.end());
    }
}
