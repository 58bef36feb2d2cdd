package app.goalpost.review;

import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * A workspace in mid-Q4 2026 as a review finds it: the method's worked example as the Q3 baseline, "+15 % customers
 * through Visitor→Lead" adopted for Q4 (its six KPIs created), and Q3 stage KPIs holding what Q3 really measured.
 */
@Component
public class ReplanTestData {

    /** What Q3 measured, stage by stage (visitors → customers): rates 3 %, 22.2 %, 60 %, 50 %, 41.7 %. */
    public static final long[] Q3_ACTUALS = {24_000, 720, 160, 96, 48, 20};
    public static final String[] KEYS = {"visitor", "lead", "mql", "sql", "opportunity", "customer"};

    private final FunnelService funnels;
    private final ScenarioService scenarios;
    private final KpiService kpis;
    private final ActualsService actuals;

    ReplanTestData(FunnelService funnels, ScenarioService scenarios, KpiService kpis, ActualsService actuals) {
        this.funnels = funnels;
        this.scenarios = scenarios;
        this.kpis = kpis;
        this.actuals = actuals;
    }

    public record Workspace(long baselineId, long planId) {
    }

    /** Signed in as staff of the workspace. */
    public Workspace planOfRecordWithQ3Actuals(WorkspaceId ws, long[] q3) {
        long baseline = FunnelTestData.workedExample(funnels, ws.value());
        long plan = scenarios.create(ws, new ScenarioForm("Q4 growth", baseline, GoalKind.RELATIVE, 5,
                new BigDecimal("15"), Optional.empty(), LeverKind.ONE_RATE, List.of(0), List.of(), 0.5,
                CeilingMode.NONE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
        scenarios.adopt(ws, new ScenarioId(plan), true, scenarios.get(ws, new ScenarioId(plan)).version());
        for (int i = 0; i < KEYS.length; i++) {
            long kpi = kpis.create(ws, KpiInput.count("Q3 " + KEYS[i], q3[i], LocalDate.of(2026, 7, 1),
                    LocalDate.of(2026, 9, 30)).withStageKey(KEYS[i]));
            // two values a month apart: the proposal sums the period, it does not take the last value
            BigDecimal half = BigDecimal.valueOf(q3[i]).divide(BigDecimal.TWO);
            actuals.save(ws, new KpiId(kpi), Granularity.DAY, Map.of(LocalDate.of(2026, 8, 15), Optional.of(half),
                    LocalDate.of(2026, 9, 15), Optional.of(BigDecimal.valueOf(q3[i]).subtract(half))));
        }
        return new Workspace(baseline, plan);
    }
}
