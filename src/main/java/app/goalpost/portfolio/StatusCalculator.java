package app.goalpost.portfolio;

import app.goalpost.kpi.Dashboard;
import app.goalpost.kpi.KpiKind;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.PacingService;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.portfolio.internal.WorkspaceStatus;
import app.goalpost.portfolio.internal.WorkspaceStatusRepository;
import app.goalpost.portfolio.internal.WorkspaceStatusWeek;
import app.goalpost.portfolio.internal.WorkspaceStatusWeekRepository;
import app.goalpost.review.ReviewDue;
import app.goalpost.review.ReviewService;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a workspace's stored status through the features' own services (so their access checks apply: the
 * signed-in user must see the workspace) and writes it with the week's snapshot. One computation costs what one
 * dashboard load and one review line cost; it runs once per workspace and client day, and after a change.
 */
@Component
class StatusCalculator {

    private final PacingService pacing;
    private final ReviewService reviews;
    private final ScenarioService scenarios;
    private final WorkspaceService workspaces;
    private final WorkspaceStatusRepository statuses;
    private final WorkspaceStatusWeekRepository weeks;

    StatusCalculator(PacingService pacing, ReviewService reviews, ScenarioService scenarios,
            WorkspaceService workspaces, WorkspaceStatusRepository statuses, WorkspaceStatusWeekRepository weeks) {
        this.pacing = pacing;
        this.reviews = reviews;
        this.scenarios = scenarios;
        this.workspaces = workspaces;
        this.statuses = statuses;
        this.weeks = weeks;
    }

    /** Computes and stores the status (creating the row if needed), in the caller's transaction. */
    @Transactional
    WorkspaceStatus refresh(WorkspaceId workspaceId, @Nullable WorkspaceStatus existing) {
        WorkspaceStatus row = existing != null ? existing : statuses.findByWorkspaceId(workspaceId.value())
                .orElseGet(() -> new WorkspaceStatus(workspaceId.value()));
        app.goalpost.workspace.WorkspaceDetails details = workspaces.get(workspaceId);
        ZoneId zone = details.timeZone();
        Dashboard dashboard = pacing.dashboard(workspaceId);
        WorkspaceStatus.Computed computed = compute(dashboard, reviews.due(workspaceId),
                scenarios.adopted(workspaceId), zone);
        row.apply(computed);
        if (row.getLastActivity() == null) {
            row.touch(details.createdAt());
        }
        WorkspaceStatus saved = statuses.save(row);
        LocalDate monday = dashboard.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        weeks.findByWorkspaceIdAndWeekStart(workspaceId.value(), monday).ifPresentOrElse(
                w -> w.setOverall(computed.overall()),
                () -> weeks.save(new WorkspaceStatusWeek(workspaceId.value(), monday, computed.overall())));
        return saved;
    }

    static WorkspaceStatus.Computed compute(Dashboard dashboard, ReviewDue due, List<ScenarioData> plans,
            ZoneId zone) {
        int behind = 0;
        int onTrack = 0;
        int ahead = 0;
        int noData = 0;
        KpiPacing worst = null;
        double worstShortfall = Double.NEGATIVE_INFINITY;
        for (KpiPacing k : dashboard.kpis()) {
            switch (k.status()) {
                case BEHIND -> behind++;
                case ON_TRACK -> onTrack++;
                case AHEAD -> ahead++;
                case NO_DATA, NOT_STARTED -> noData++;
            }
            if (tracked(k.status())) {
                double shortfall = shortfall(k);
                if (shortfall > worstShortfall) {
                    worstShortfall = shortfall;
                    worst = k;
                }
            }
        }
        PortfolioStatus overall = behind > 0 ? PortfolioStatus.BEHIND
                : onTrack > 0 ? PortfolioStatus.ON_TRACK
                : ahead > 0 ? PortfolioStatus.AHEAD
                : PortfolioStatus.NO_DATA;
        Optional<KpiPacing> main = mainGoal(dashboard, plans);
        LocalDate today = dashboard.today();
        Instant validUntil = today.plusDays(1).atStartOfDay(zone).toInstant();
        return new WorkspaceStatus.Computed(overall, behind, onTrack, ahead, noData,
                worst == null ? null : worst.kpi().id(), worst == null ? null : worst.kpi().name(),
                worst == null ? null : worst.kpi().kind(), worst == null ? null : worst.status(),
                worst == null ? null : ratio(worst), worst == null ? null : worstShortfall,
                main.map(k -> k.kpi().id()).orElse(null), main.map(k -> k.kpi().name()).orElse(null),
                main.map(KpiPacing::status).orElse(null),
                main.flatMap(k -> k.result().projectionShare().isPresent()
                        ? Optional.of(k.result().projectionShare().getAsDouble()) : Optional.empty()).orElse(null),
                due.due(), due.overdue(), today, validUntil);
    }

    private static boolean tracked(PacingStatus status) {
        return status == PacingStatus.AHEAD || status == PacingStatus.ON_TRACK || status == PacingStatus.BEHIND;
    }

    /** The ratio the status is judged on (achieved against expected; a level against its target). */
    private static double ratio(KpiPacing k) {
        return k.result().paceVsExpected().orElse(1);
    }

    /** How far below plan: 1 − ratio, mirrored for lower-is-better KPIs (a spend 20 % over plan is 0.2 short). */
    static double shortfall(KpiPacing k) {
        double ratio = ratio(k);
        return k.kpi().direction() == Kpi.Direction.LOWER_IS_BETTER ? ratio - 1 : 1 - ratio;
    }

    /**
     * The main goal KPI (see {@link PortfolioRow.MainGoal}): the plan of record is the adopted scenario whose period
     * holds today, else the one adopted last; its KPI is the active one created from it for the last stage target
     * that has one (matched by stage key). Without such a KPI: the first outcome KPI by name.
     */
    static Optional<KpiPacing> mainGoal(Dashboard dashboard, List<ScenarioData> plans) {
        LocalDate today = dashboard.today();
        Optional<ScenarioData> plan = plans.stream()
                .filter(p -> !today.isBefore(p.form().periodStart()) && !today.isAfter(p.form().periodEnd()))
                .max(Comparator.comparing((ScenarioData p) -> p.adoptedAt().orElse(Instant.EPOCH)))
                .or(() -> plans.stream().max(Comparator.comparing((ScenarioData p) -> p.adoptedAt()
                        .orElse(Instant.EPOCH))));
        if (plan.isPresent()) {
            List<ScenarioData.PlannedTarget> targets = plan.get().targets();
            for (int i = targets.size() - 1; i >= 0; i--) {
                Optional<String> key = targets.get(i).stageKey();
                if (key.isEmpty()) {
                    continue;
                }
                Optional<KpiPacing> found = dashboard.kpis().stream()
                        .filter(k -> k.kpi().sourceScenarioId().equals(Optional.of(plan.get().id()))
                                && k.kpi().stageKey().equals(key))
                        .findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return dashboard.kpis().stream().filter(k -> k.kpi().kind() == KpiKind.OUTCOME).findFirst();
    }
}
