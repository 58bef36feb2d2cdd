package app.goalpost.kpi;

import app.goalpost.kpi.internal.ActualPoint;
import app.goalpost.kpi.internal.KpiActualRepository;
import app.goalpost.kpi.internal.KpiDefinitionRepository;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.Actuals;
import app.goalpost.planning.pacing.DatedValue;
import app.goalpost.planning.pacing.Pacing;
import app.goalpost.review.KpiTracks;
import app.goalpost.security.CurrentUser;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review feature's view of the KPIs ({@link KpiTracks}): two queries per workspace whatever its size, the
 * current KPIs and then every actual they need (this period up to today, and the same period last year, which
 * shapes the seasonal expected curve of the status) in one query. Lives here so the review feature does not
 * depend on this one. Reads only for someone who may see the workspace, or in a tenant job.
 */
@Component
class KpiTracksForReviews implements KpiTracks {

    private final KpiDefinitionRepository kpis;
    private final KpiActualRepository actuals;
    private final WorkspaceAccess access;

    KpiTracksForReviews(KpiDefinitionRepository kpis, KpiActualRepository actuals, WorkspaceAccess access) {
        this.kpis = kpis;
        this.actuals = actuals;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrackedKpi> current(WorkspaceId workspaceId, LocalDate today) {
        if (CurrentUser.get().isPresent()) {
            access.require(workspaceId.value(), WorkspacePermission.VIEW);
        } else {
            TenantContext.requireJobScope();
        }
        List<KpiSummary> current = kpis.currentOn(workspaceId.value(), today).stream().map(KpiService::summary)
                .toList();
        if (current.isEmpty()) {
            return List.of();
        }
        LocalDate from = current.stream().map(k -> k.period().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate lastYearTo = current.stream().map(k -> k.period().end()).max(LocalDate::compareTo).orElseThrow()
                .minusYears(1);
        Map<Long, List<ActualPoint>> byKpi = new HashMap<>();
        for (ActualPoint p : actuals.pointsInTwoWindows(workspaceId.value(), from, today, from.minusYears(1),
                lastYearTo)) {
            byKpi.computeIfAbsent(p.kpiId(), id -> new ArrayList<>()).add(p);
        }
        List<TrackedKpi> out = new ArrayList<>(current.size());
        for (KpiSummary kpi : current) {
            DateRange period = kpi.period();
            DateRange lastYear = period.minusYears(1);
            List<DatedValue> now = new ArrayList<>();
            List<DatedValue> before = new ArrayList<>();
            for (ActualPoint p : byKpi.getOrDefault(kpi.id(), List.of())) {
                if (period.contains(p.date()) && !p.date().isAfter(today)) {
                    now.add(new DatedValue(p.date(), p.amount().doubleValue()));
                } else if (lastYear.contains(p.date())) {
                    before.add(new DatedValue(p.date(), p.amount().doubleValue()));
                }
            }
            out.add(new TrackedKpi(kpi.id(), new Pacing.Track(kpi.engineKpi(), Actuals.of(now), Actuals.of(before))));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkspaceRef> workspacesWithKpisBetween(LocalDate from, LocalDate to) {
        if (CurrentUser.get().isPresent()) {
            throw new org.springframework.security.access.AccessDeniedException("Only for the scheduled evaluation");
        }
        return kpis.workspacesWithKpisBetween(from, to).stream()
                .map(row -> new WorkspaceRef(((Number) row[0]).longValue(), ((Number) row[1]).longValue())).toList();
    }
}
