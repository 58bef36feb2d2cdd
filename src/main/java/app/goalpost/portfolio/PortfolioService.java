package app.goalpost.portfolio;

import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.portfolio.internal.PortfolioQueries;
import app.goalpost.portfolio.internal.WorkspaceStatus;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency portfolio for staff (owners and admins see every workspace, account managers their assigned ones;
 * client users are refused). A page is three queries whatever the agency's size: the workspaces with their stored
 * statuses (filtered, sorted and paged by the database), and the account managers of the page's workspaces; the
 * count is one more. A stored status that is out of date (another client day, or a change not yet included) is
 * computed again when its row is on the page (docs/decisions/0018-portfolio-status-cache.md).
 */
@Service
public class PortfolioService {

    private final PortfolioQueries queries;
    private final StatusCalculator calculator;
    private final Clock clock;

    PortfolioService(PortfolioQueries queries, StatusCalculator calculator, Clock clock) {
        this.queries = queries;
        this.calculator = calculator;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public List<PortfolioRow> page(PortfolioFilter filter, PortfolioSort sort, int offset, int limit) {
        GoalpostPrincipal user = CurrentUser.require();
        if (limit <= 0) {
            return List.of();
        }
        boolean all = user.role().seesAllWorkspaces();
        List<PortfolioQueries.Found> found = queries.page(user.userId(), all, all && filter.includeArchived(),
                scoped(filter, all), sort, offset, limit);
        Instant now = clock.instant();
        List<PortfolioRow> rows = new ArrayList<>(found.size());
        for (PortfolioQueries.Found f : found) {
            WorkspaceStatus status = f.status();
            if (status == null || status.needsRefresh(now)) {
                status = calculator.refresh(new WorkspaceId(f.id()), status);
            }
            rows.add(row(f, status));
        }
        Map<Long, List<String>> managers = queries.managersOf(rows.stream().map(PortfolioRow::id).toList());
        return rows.stream().map(r -> r.withManagers(managers.getOrDefault(r.id(), List.of()))).toList();
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public int count(PortfolioFilter filter) {
        GoalpostPrincipal user = CurrentUser.require();
        boolean all = user.role().seesAllWorkspaces();
        return Math.toIntExact(queries.count(user.userId(), all, all && filter.includeArchived(),
                scoped(filter, all)));
    }

    /**
     * The account managers owners and admins may filter by; empty for an account manager (who sees only their
     * own clients, so the filter would only repeat that).
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<AccountManager> managers() {
        return CurrentUser.require().role().seesAllWorkspaces() ? queries.managers() : List.of();
    }

    /**
     * The last {@code weeks} weeks (the current one included), oldest first: how many of the user's active clients
     * were on track (or ahead), behind, or without data, from the weekly snapshots. A week without any snapshot
     * counts zero everywhere.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public List<WeekCount> onTrackByWeek(int weeks) {
        GoalpostPrincipal user = CurrentUser.require();
        LocalDate thisWeek = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate from = thisWeek.minusWeeks(Math.max(1, weeks) - 1L);
        // a client east of UTC may already be in next week: include it
        Map<LocalDate, Map<PortfolioStatus, Long>> counts = queries.weeks(user.userId(),
                user.role().seesAllWorkspaces(), from);
        List<WeekCount> out = new ArrayList<>();
        LocalDate last = counts.keySet().stream().max(LocalDate::compareTo).filter(d -> d.isAfter(thisWeek))
                .orElse(thisWeek);
        for (LocalDate week = from; !week.isAfter(last); week = week.plusWeeks(1)) {
            Map<PortfolioStatus, Long> c = counts.getOrDefault(week, Map.of());
            out.add(new WeekCount(week,
                    (int) (c.getOrDefault(PortfolioStatus.ON_TRACK, 0L) + c.getOrDefault(PortfolioStatus.AHEAD, 0L)),
                    c.getOrDefault(PortfolioStatus.BEHIND, 0L).intValue(),
                    c.getOrDefault(PortfolioStatus.NO_DATA, 0L).intValue()));
        }
        return out;
    }

    /** An account manager's manager filter is meaningless (they see their own clients only): it is dropped. */
    private static PortfolioFilter scoped(PortfolioFilter filter, boolean all) {
        return all ? filter : filter.withManager(Optional.empty());
    }

    private static PortfolioRow row(PortfolioQueries.Found f, WorkspaceStatus s) {
        Optional<PortfolioRow.WorstKpi> worst = Optional.ofNullable(s.getWorstKpiId()).map(id ->
                new PortfolioRow.WorstKpi(id, nonNull(s.getWorstKpiName()),
                        s.getWorstKpiKind() == null ? app.goalpost.kpi.KpiKind.OUTCOME : s.getWorstKpiKind(),
                        s.getWorstStatus() == null ? PacingStatus.NO_DATA : s.getWorstStatus(),
                        s.getWorstRatio() == null ? 1 : s.getWorstRatio().doubleValue()));
        Optional<PortfolioRow.MainGoal> main = Optional.ofNullable(s.getMainKpiId()).map(id ->
                new PortfolioRow.MainGoal(id, nonNull(s.getMainKpiName()),
                        s.getMainStatus() == null ? PacingStatus.NO_DATA : s.getMainStatus(),
                        Optional.ofNullable(s.getMainProjection()).map(BigDecimal::doubleValue)));
        return new PortfolioRow(f.id(), f.name(), f.industry(), f.stage(), f.archived(), s.getOverall(),
                s.getBehindCount(), s.getOnTrackCount(), s.getAheadCount(), s.getNoDataCount(), worst, main,
                Optional.ofNullable(s.getReviewDue()), s.isReviewOverdue(),
                s.getLastActivity() == null ? f.createdAt() : s.getLastActivity(), List.of());
    }

    private static String nonNull(@org.jspecify.annotations.Nullable String value) {
        return value == null ? "" : value;
    }
}
