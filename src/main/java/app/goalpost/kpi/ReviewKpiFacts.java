package app.goalpost.kpi;

import app.goalpost.kpi.internal.ActualPoint;
import app.goalpost.kpi.internal.KpiActualRepository;
import app.goalpost.kpi.internal.KpiDefinition;
import app.goalpost.kpi.internal.KpiDefinitionRepository;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.review.KpiFacts;
import app.goalpost.security.Roles;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KPI facts a goal review reads ({@link KpiFacts}): the dashboard's pacing, and funnel-stage volumes measured by
 * the KPIs. A KPI tracks a stage when it is a cumulative count carrying the stage's key (as the KPIs an adopted plan
 * creates do). Stage volumes take two queries whatever the range: the workspace's KPIs, then their actuals in it.
 */
@Service
public class ReviewKpiFacts implements KpiFacts {

    private final KpiDefinitionRepository kpis;
    private final KpiActualRepository actuals;
    private final PacingService pacing;
    private final WorkspaceAccess access;

    ReviewKpiFacts(KpiDefinitionRepository kpis, KpiActualRepository actuals, PacingService pacing,
            WorkspaceAccess access) {
        this.kpis = kpis;
        this.actuals = actuals;
        this.pacing = pacing;
        this.access = access;
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<KpiStanding> standings(WorkspaceId workspaceId) {
        return pacing.dashboard(workspaceId).kpis().stream().map(p -> new KpiStanding(p.kpi().id(), p.kpi().name(),
                p.kpi().cumulative(), p.kpi().kind().name(), p.result())).toList();
    }

    @Override
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public StageVolumes stageVolumes(WorkspaceId workspaceId, DateRange range) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        List<KpiDefinition> stageKpis = kpis.findByWorkspaceIdOrderByNameAsc(workspaceId.value()).stream()
                .filter(k -> k.getStageKey() != null && !k.getStageKey().isBlank()
                        && k.getAggregation() == Kpi.Aggregation.CUMULATIVE && k.getUnit() == Kpi.Unit.COUNT)
                .sorted(Comparator.comparing(KpiDefinition::isArchived)
                        .thenComparing(KpiDefinition::getId, Comparator.reverseOrder()))
                .toList();
        if (stageKpis.isEmpty()) {
            return new StageVolumes(range, Map.of());
        }
        Map<Long, Integer> rank = new HashMap<>();
        Map<Long, String> keyOf = new HashMap<>();
        for (int i = 0; i < stageKpis.size(); i++) {
            rank.put(stageKpis.get(i).getId(), i);
            keyOf.put(stageKpis.get(i).getId(), stageKpis.get(i).getStageKey());
        }
        // stage key -> day -> the value of the best-ranked KPI with a value that day
        Map<String, TreeMap<LocalDate, ActualPoint>> chosen = new HashMap<>();
        for (ActualPoint p : actuals.pointsOfKpisInWindow(workspaceId.value(), rank.keySet(), range.start(),
                range.end())) {
            TreeMap<LocalDate, ActualPoint> days = chosen.computeIfAbsent(keyOf.get(p.kpiId()), k -> new TreeMap<>());
            ActualPoint held = days.get(p.date());
            // one value per KPI and day (uk_kpi_actual): only another KPI of the stage can compete
            if (held == null || rank.get(p.kpiId()) < rank.get(held.kpiId())) {
                days.put(p.date(), p);
            }
        }
        Map<String, StageTotal> out = new HashMap<>();
        for (var e : chosen.entrySet()) {
            TreeMap<LocalDate, ActualPoint> days = e.getValue();
            BigDecimal total = days.values().stream().map(ActualPoint::amount).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            out.put(e.getKey(), new StageTotal(total, days.size(), days.firstKey(), days.lastKey()));
        }
        return new StageVolumes(range, out);
    }
}
