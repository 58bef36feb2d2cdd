package app.goalpost.scenario;

import app.goalpost.demo.DemoDataSeeded;
import app.goalpost.funnel.BaselineForm;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.BenchmarkProposal;
import app.goalpost.funnel.Benchmarks;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.StageInfo;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.planning.funnel.BaselinePeriods;
import app.goalpost.planning.funnel.BaselinePeriods.PeriodType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo funnels, baselines and scenarios for the demo agency, created through the services like a user would:
 * Harbor & Vale (scale-up) carries METHOD.md's worked example as its previous quarter, Keller (established) last
 * year's same quarter, Lumen (startup) a benchmark + budget baseline.
 */
@Component
class PlanningDemoData {

    private final FunnelService funnels;
    private final ScenarioService scenarios;
    private final Benchmarks benchmarks;
    private final Clock clock;

    PlanningDemoData(FunnelService funnels, ScenarioService scenarios, Benchmarks benchmarks, Clock clock) {
        this.funnels = funnels;
        this.scenarios = scenarios;
        this.benchmarks = benchmarks;
        this.clock = clock;
    }

    @EventListener
    void seed(DemoDataSeeded event) {
        LocalDate today = LocalDate.now(clock);
        // each part only for the demo workspaces that exist (other features' tests publish partial maps)
        Map<String, Long> ids = event.workspaceIds();
        Optional.ofNullable(ids.get("harbor")).ifPresent(ws -> harbor(ws, today));
        Optional.ofNullable(ids.get("keller")).ifPresent(ws -> keller(ws, today));
        Optional.ofNullable(ids.get("lumen")).ifPresent(ws -> lumen(ws, today));
    }

    private void harbor(long ws, LocalDate today) {
        funnels.useDefaultStages(ws);
        List<StageInfo> stages = funnels.stages(ws);
        DateRange last = BaselinePeriods.previousPeriod(PeriodType.QUARTER, today);
        DateRange before = BaselinePeriods.previousPeriod(PeriodType.QUARTER, last.start());
        funnels.createBaseline(ws, form(stages, "Previous quarter (older)", BaselineMethod.OWN_PREVIOUS_PERIOD,
                before, new long[] {19_200, 560, 138, 85, 41, 16}, "9600", null));
        long current = funnels.createBaseline(ws, form(stages, "Previous quarter", BaselineMethod.OWN_PREVIOUS_PERIOD,
                last, new long[] {20_000, 600, 150, 90, 45, 18}, "10000", "4500"));
        funnels.markCurrent(ws, current);
        DateRange next = BaselinePeriods.periodContaining(PeriodType.QUARTER, today);
        long rate = scenarios.create(ws, scenario("+15% customers through website conversion", current, 15,
                LeverKind.ONE_RATE, List.of(0), List.of(), next));
        scenarios.create(ws, scenario("+15% customers through traffic", current, 15, LeverKind.VOLUME, List.of(),
                List.of(), next));
        scenarios.create(ws, new ScenarioForm("+25% customers, half traffic, half quality", current, GoalKind.RELATIVE,
                5, new BigDecimal("25"), Optional.empty(), LeverKind.MIX, List.of(0, 1), List.of(), 0.5,
                CeilingMode.BENCHMARK_HIGH, next.start(), next.end()));
        // no KPIs from the adoption: the KPI feature seeds this workspace's demo KPIs itself
        scenarios.adopt(ws, rate, scenarios.get(ws, rate).version(), false);
    }

    private void keller(long ws, LocalDate today) {
        funnels.useDefaultStages(ws);
        List<StageInfo> stages = funnels.stages(ws);
        DateRange lastYear = BaselinePeriods.samePeriodLastYear(PeriodType.QUARTER, today);
        long baseline = funnels.createBaseline(ws, form(stages, "Same quarter last year",
                BaselineMethod.SAME_PERIOD_LAST_YEAR, lastYear, new long[] {48_000, 1_150, 310, 140, 72, 31}, "38000",
                "6500"));
        DateRange next = BaselinePeriods.periodContaining(PeriodType.QUARTER, today);
        scenarios.create(ws, scenario("+10% customers, lead quality first", baseline, 10, LeverKind.RATES,
                List.of(0, 1), List.of(1.0, 2.0), next));
    }

    private void lumen(long ws, LocalDate today) {
        // a young SaaS tracks from the first lead: the benchmark set starts there too
        for (String[] stage : List.of(new String[] {"Leads", "lead"}, new String[] {"MQL", "mql"},
                new String[] {"SQL", "sql"}, new String[] {"Opportunities", "opportunity"},
                new String[] {"Customers", "customer"})) {
            funnels.addStage(ws, stage[0], stage[1]);
        }
        benchmarks.set("b2b-saas").ifPresent(set -> {
            BigDecimal budget = new BigDecimal("15000");
            BenchmarkProposal proposal = BenchmarkProposal.of(funnels.stages(ws), set, budget,
                    Currency.getInstance("EUR"));
            DateRange quarter = BaselinePeriods.periodContaining(PeriodType.QUARTER, today);
            long baseline = funnels.createBaseline(ws, new BaselineForm("Benchmarks + USD 15,000 budget",
                    BaselineMethod.BENCHMARKS_AND_BUDGET, quarter.start(), quarter.end(), Optional.of(set.key()),
                    Optional.of(budget), proposal.rows()));
            scenarios.create(ws, new ScenarioForm("10 customers this quarter", baseline, GoalKind.ABSOLUTE, 4,
                    new BigDecimal("10"), Optional.empty(), LeverKind.VOLUME, List.of(), List.of(), 0,
                    CeilingMode.NONE, quarter.start(), quarter.end()));
        });
    }

    private static BaselineForm form(List<StageInfo> stages, String name, BaselineMethod method, DateRange period,
            long[] volumes, String visitorSpend, String leadSpend) {
        List<BaselineRow> rows = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageInfo s = stages.get(i);
            String spend = i == 0 ? visitorSpend : i == 1 ? leadSpend : null;
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
