package app.goalpost.kpi;

import app.goalpost.history.Revision;
import app.goalpost.history.RevisionLog;
import app.goalpost.kpi.internal.ActualPoint;
import app.goalpost.kpi.internal.KpiActualRepository;
import app.goalpost.kpi.internal.KpiDefinitionRepository;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.Actuals;
import app.goalpost.planning.pacing.DatedValue;
import app.goalpost.planning.pacing.Pacing;
import app.goalpost.planning.pacing.PacingResult;
import app.goalpost.planning.pacing.TargetTimeline;
import app.goalpost.security.Roles;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pacing numbers for the dashboard and the KPI pages, all from the planning engine ({@link Pacing}). The
 * dashboard loads a workspace in one round of queries whatever its size: the KPIs, then every actual of the
 * current periods, then last year's (merged into one query when the windows touch), compiled once per KPI.
 */
@Service
public class PacingService {

    private final KpiDefinitionRepository kpis;
    private final KpiActualRepository actuals;
    private final WorkspaceService workspaces;
    private final WorkspaceAccess access;
    private final Clock clock;
    private final RevisionLog revisions;

    PacingService(KpiDefinitionRepository kpis, KpiActualRepository actuals, WorkspaceService workspaces,
            WorkspaceAccess access, Clock clock, RevisionLog revisions) {
        this.revisions = revisions;
        this.kpis = kpis;
        this.actuals = actuals;
        this.workspaces = workspaces;
        this.access = access;
        this.clock = clock;
    }

    /** Today in the workspace's time zone: a KPI day is the client's day, not the server's. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public LocalDate today(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return todayIn(workspaceId);
    }

    private LocalDate todayIn(WorkspaceId workspaceId) {
        return LocalDate.now(clock.withZone(workspaces.get(workspaceId).timeZone()));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Dashboard dashboard(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return dashboardOn(workspaceId, todayIn(workspaceId));
    }

    /** The dashboard as it stood on a day of the workspace (client reports: the end of the reported period). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Dashboard dashboard(WorkspaceId workspaceId, LocalDate day) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return dashboardOn(workspaceId, day);
    }

    private Dashboard dashboardOn(WorkspaceId workspaceId, LocalDate today) {
        List<KpiSummary> active = kpis.findByWorkspaceIdAndArchivedFalseOrderByNameAsc(workspaceId.value()).stream()
                .map(KpiService::summary).toList();
        if (active.isEmpty()) {
            return new Dashboard(today, List.of());
        }
        LocalDate from = active.stream().map(k -> k.period().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = active.stream().map(k -> k.period().end()).max(LocalDate::compareTo).orElseThrow();
        DateRange lastYear = DateRange.of(from, to).minusYears(1);
        List<ActualPoint> points = new ArrayList<>();
        if (!lastYear.end().isBefore(from.minusDays(1))) {
            points.addAll(actuals.pointsInWindow(workspaceId.value(), lastYear.start(), to));
        } else {
            points.addAll(actuals.pointsInWindow(workspaceId.value(), from, to));
            points.addAll(actuals.pointsInWindow(workspaceId.value(), lastYear.start(), lastYear.end()));
        }
        Map<Long, List<ActualPoint>> byKpi = new HashMap<>();
        points.forEach(p -> byKpi.computeIfAbsent(p.kpiId(), id -> new ArrayList<>()).add(p));
        // every KPI's target changes in one query too: the charts step where a target changed
        Map<Long, List<Revision>> changes = revisions.targetChanges(workspaceId,
                active.stream().map(KpiSummary::id).toList());
        ZoneId zone = workspaces.get(workspaceId).timeZone();
        List<KpiPacing> out = new ArrayList<>(active.size());
        for (KpiSummary kpi : active) {
            out.add(pace(kpi, byKpi.getOrDefault(kpi.id(), List.of()), today,
                    changes.getOrDefault(kpi.id(), List.of()), zone));
        }
        return new Dashboard(today, out);
    }

    /** One KPI with its full-period series (the KPI page). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public KpiPacing pacing(WorkspaceId workspaceId, KpiId kpiId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        LocalDate today = todayIn(workspaceId);
        KpiSummary kpi = kpis.findByIdAndWorkspaceId(kpiId.value(), workspaceId.value()).map(KpiService::summary)
                .orElseThrow(WorkspaceNotFoundException::new);
        DateRange lastYear = kpi.period().minusYears(1);
        return pace(kpi, actuals.pointsOfKpi(kpiId.value(), lastYear.start(), kpi.period().end()), today,
                revisions.targetChanges(workspaceId, List.of(kpi.id())).getOrDefault(kpi.id(), List.of()),
                workspaces.get(workspaceId).timeZone());
    }

    /**
     * The target changes that matter to the period as steps on the client's days; a change saved before the
     * period started is simply the target the period began with.
     */
    static List<TargetStep> steps(KpiSummary kpi, List<Revision> changes, ZoneId zone) {
        List<TargetStep> out = new ArrayList<>();
        for (Revision r : changes) {
            LocalDate day = LocalDate.ofInstant(r.changedAt(), zone);
            if (r.numberBefore().isPresent() && r.numberAfter().isPresent() && day.isAfter(kpi.period().start())
                    && !day.isAfter(kpi.period().end())) {
                out.add(new TargetStep(day, r.numberBefore().get(), r.numberAfter().get(), r.changedBy(), r.reason(),
                        r.source()));
            }
        }
        return out;
    }

    private static KpiPacing pace(KpiSummary kpi, List<ActualPoint> points, LocalDate today, List<Revision> changes,
            ZoneId zone) {
        DateRange period = kpi.period();
        DateRange lastYearPeriod = period.minusYears(1);
        List<DatedValue> current = new ArrayList<>();
        List<DatedValue> previous = new ArrayList<>();
        for (ActualPoint p : points) {
            if (period.contains(p.date())) {
                current.add(new DatedValue(p.date(), p.amount().doubleValue()));
            } else if (lastYearPeriod.contains(p.date())) {
                previous.add(new DatedValue(p.date(), p.amount().doubleValue()));
            }
        }
        Actuals now = Actuals.of(current);
        Actuals before = Actuals.of(previous);
        var engineKpi = kpi.engineKpi();
        PacingResult result = Pacing.at(engineKpi, now, before, today);
        List<TargetStep> steps = steps(kpi, changes, zone);
        TargetTimeline targets = TargetTimeline.of(kpi.target().doubleValue(), steps.stream()
                .map(t -> new TargetTimeline.Change(t.day(), t.before().doubleValue(), t.after().doubleValue()))
                .toList());
        return new KpiPacing(kpi, result, Pacing.series(engineKpi, now, before, today), steps, targets);
    }
}
