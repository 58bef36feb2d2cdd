package app.goalpost.demo;

import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.FunnelService;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.kpi.PacingService;
import app.goalpost.kpi.RawRow;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioData.PlannedTarget;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * Demo KPIs follow each workspace's adopted plan: the plan's stage targets (created by the KPI feature when the
 * plan was adopted), plus the spend the plan assumes, its cost per lead and the rates it lifts; then daily actuals
 * from the quarter's first day up to the workspace's today, paced so that each workspace shows KPIs ahead, on
 * track and behind. The established company also gets last year's actuals of the same quarter, which add up to
 * its baseline (that quarter is its baseline) and give its charts a seasonal expected curve.
 */
@Component
class DemoKpis {

    /** How each workspace is doing: the pace of each stage KPI as a share of its straight line. */
    enum Story {
        LUMEN(Map.of("lead", 1.03, "mql", 0.86, "sql", 1.0, "opportunity", 1.1, "customer", 0.8), false, 11),
        HARBOR(Map.of("visitor", 1.02, "lead", 0.86, "mql", 1.0, "sql", 1.12, "opportunity", 0.97,
                "customer", 0.78), false, 23),
        KELLER(Map.of("visitor", 1.0, "lead", 1.08, "mql", 0.9, "sql", 1.0, "opportunity", 1.04,
                "customer", 0.85), true, 37);

        final Map<String, Double> pace;
        final boolean lastYear;
        final long seed;

        Story(Map<String, Double> pace, boolean lastYear, long seed) {
            this.pace = pace;
            this.lastYear = lastYear;
            this.seed = seed;
        }
    }

    static final String MEDIA_SPEND = "Media spend";
    static final String COST_PER_LEAD = "Cost per lead (CPA)";

    private final KpiService kpis;
    private final ActualsService actuals;
    private final PacingService pacing;
    private final ScenarioService scenarios;
    private final FunnelService funnels;

    DemoKpis(KpiService kpis, ActualsService actuals, PacingService pacing, ScenarioService scenarios,
            FunnelService funnels) {
        this.kpis = kpis;
        this.actuals = actuals;
        this.pacing = pacing;
        this.scenarios = scenarios;
        this.funnels = funnels;
    }

    void seed(WorkspaceId ws, Story story) {
        LocalDate today = pacing.today(ws);
        ScenarioData plan = scenarios.adopted(ws).stream()
                .filter(s -> !today.isBefore(s.form().periodStart()) && !today.isAfter(s.form().periodEnd()))
                .findFirst().orElseThrow(() -> new IllegalStateException("demo workspace without a current plan"));
        BaselineData baseline = funnels.baseline(ws, new BaselineId(plan.form().baselineId()));
        DateRange period = DateRange.of(plan.form().periodStart(), plan.form().periodEnd());
        List<PlannedTarget> targets = plan.targets();

        List<Paced> paced = new ArrayList<>();
        for (KpiSummary kpi : kpis.list(ws, false)) {
            double pace = kpi.stageKey().map(k -> story.pace.getOrDefault(k, 1.0)).orElse(1.0);
            double lastYear = kpi.stageKey().flatMap(k -> volume(baseline, k)).orElse(0.0);
            paced.add(new Paced(kpi.name(), kpi.unit(), kpi.aggregation(), kpi.target().doubleValue(), pace, lastYear));
        }
        double baselineSpend = baseline.rows().stream().map(BaselineRow::spend).flatMap(Optional::stream)
                .mapToDouble(BigDecimal::doubleValue).sum();
        double firstGrowth = targets.getFirst().plannedVolume() / baseline.rows().getFirst().volume().doubleValue();
        // the plan buys extra top-of-funnel volume at the baseline's cost per unit (docs/method.md)
        double plannedSpend = baselineSpend * firstGrowth;
        // a budget: spending more than planned is over budget, not "ahead" (KpiKind)
        paced.add(create(ws, MEDIA_SPEND, Kpi.Unit.MONEY, Kpi.Direction.LOWER_IS_BETTER, Kpi.Aggregation.CUMULATIVE,
                plannedSpend, period, 0.99, baselineSpend));
        planned(targets, "lead").ifPresent(leads -> paced.add(create(ws, COST_PER_LEAD, Kpi.Unit.MONEY,
                Kpi.Direction.LOWER_IS_BETTER, Kpi.Aggregation.LEVEL, plannedSpend / leads, period, 1.09, 0)));
        for (int i = 0; i + 1 < targets.size(); i++) {
            double baseRate = baseline.rows().get(i + 1).volume().doubleValue()
                    / baseline.rows().get(i).volume().doubleValue();
            double planRate = targets.get(i + 1).plannedVolume() / targets.get(i).plannedVolume();
            // a rate the plan lifts: track it (stored targets carry 4 decimals, so compare loosely)
            if (Math.abs(planRate / baseRate - 1) > 1e-3) {
                String name = targets.get(i).stageName() + " → " + targets.get(i + 1).stageName() + " rate";
                paced.add(create(ws, name, Kpi.Unit.PERCENT, Kpi.Direction.HIGHER_IS_BETTER, Kpi.Aggregation.LEVEL,
                        planRate * 100, period, i == 0 ? 0.93 : 1.01, 0));
            }
        }

        Random random = new Random(story.seed);
        List<RawRow> rows = new ArrayList<>();
        int line = 1;
        for (Paced kpi : paced) {
            for (LocalDate d = period.start(); !d.isAfter(today) && !d.isAfter(period.end()); d = d.plusDays(1)) {
                rows.add(row(line++, d, kpi, kpi.value(period.days(), d, random), random));
            }
            if (story.lastYear && kpi.aggregation() == Kpi.Aggregation.CUMULATIVE && kpi.lastYearTotal() > 0) {
                DateRange before = period.minusYears(1);
                for (LocalDate d = before.start(); !d.isAfter(before.end()); d = d.plusDays(1)) {
                    rows.add(row(line++, d, kpi, kpi.seasonal(before.days(), d, random), random));
                }
            }
        }
        actuals.importRows(ws, Optional.empty(), rows);
    }

    private Paced create(WorkspaceId ws, String name, Kpi.Unit unit, Kpi.Direction direction,
            Kpi.Aggregation aggregation,
            double target, DateRange period, double pace, double lastYearTotal) {
        BigDecimal rounded = BigDecimal.valueOf(target).setScale(2, RoundingMode.HALF_UP);
        kpis.create(ws, new KpiInput(name, unit, direction, aggregation, rounded, period.start(), period.end(),
                KpiInput.DEFAULT_TOLERANCE, Optional.empty()));
        return new Paced(name, unit, aggregation, rounded.doubleValue(), pace, lastYearTotal);
    }

    private static Optional<Double> planned(List<PlannedTarget> targets, String key) {
        return targets.stream().filter(t -> t.stageKey().filter(key::equals).isPresent()).findFirst()
                .map(PlannedTarget::plannedVolume);
    }

    private static Optional<Double> volume(BaselineData baseline, String key) {
        return baseline.rows().stream().filter(r -> r.stageKey().filter(key::equals).isPresent()).findFirst()
                .map(r -> r.volume().doubleValue());
    }

    /** A KPI to fill: its target, its pace as a share of the straight line, and last year's total (0: none). */
    private record Paced(String name, Kpi.Unit unit, Kpi.Aggregation aggregation, double target, double pace,
            double lastYearTotal) {

        /**
         * This period: the straight-line daily share times the pace, with noise; weekends are quieter, and the
         * weekday factors average 1 over a week ((5 × 1.24 + 2 × 0.4) / 7), so the pace is what the story says.
         */
        double value(int days, LocalDate d, Random random) {
            double noise = 0.7 + random.nextDouble() * 0.6;
            if (aggregation == Kpi.Aggregation.LEVEL) {
                return target * pace * (0.95 + random.nextDouble() * 0.1);
            }
            double weekday = d.getDayOfWeek().getValue() >= 6 ? 0.4 : 1.24;
            return target / days * pace * noise * weekday;
        }

        /** Last year: a slow first month and a strong last one, adding up to about last year's total. */
        double seasonal(int days, LocalDate d, Random random) {
            double month = switch ((d.getMonthValue() - 1) % 3) {
                case 0 -> 0.7;
                case 1 -> 1.0;
                default -> 1.3;
            };
            return lastYearTotal / days * month * (0.8 + random.nextDouble() * 0.4);
        }
    }

    /** Counts are whole: round at random in proportion to the fraction, so 0.3 deals a day still add up. */
    private static RawRow row(int line, LocalDate d, Paced kpi, double value, Random random) {
        String text = kpi.unit() == Kpi.Unit.COUNT && kpi.aggregation() == Kpi.Aggregation.CUMULATIVE
                ? String.valueOf((long) Math.floor(value) + (random.nextDouble() < value - Math.floor(value) ? 1 : 0))
                : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
        return new RawRow(line, d.toString(), kpi.name(), text);
    }
}
