package app.goalpost.api;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Dashboard;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiKeys;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.PacingService;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.PacingResult;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.review.ReviewDue;
import app.goalpost.review.ReviewService;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading: KPIs with their pacing, a KPI's actuals, the workspace summary (scope {@code kpis:read}). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "KPIs")
@SecurityRequirement(name = ApiDocsConfig.BEARER)
class KpiApiController {

    /** The longest range one read returns: two periods of a year and a bit. */
    static final int MAX_RANGE_DAYS = 800;

    private final PacingService pacing;
    private final KpiKeys keys;
    private final ActualsService actuals;
    private final WorkspaceService workspaces;
    private final ReviewService reviews;

    KpiApiController(PacingService pacing, KpiKeys keys, ActualsService actuals, WorkspaceService workspaces,
            ReviewService reviews) {
        this.pacing = pacing;
        this.keys = keys;
        this.actuals = actuals;
        this.workspaces = workspaces;
        this.reviews = reviews;
    }

    @Operation(summary = "Active KPIs with their current pacing",
            description = "Status, % of goal, % of period and projection on the workspace's today, as the dashboard"
                    + " shows them. Each KPI's key is what a push may name it by.")
    @GetMapping("/kpis")
    ApiModels.KpiList kpis(@Parameter(description = "Workspace id; only for agency-wide tokens")
            @RequestParam(required = false) @Nullable Long workspace) {
        WorkspaceId ws = ApiWorkspace.of(workspace);
        Map<Long, String> kpiKeys = keys.keys(ws);
        Dashboard dashboard = pacing.dashboard(ws);
        return new ApiModels.KpiList(ws.value(), dashboard.today(),
                dashboard.kpis().stream().map(p -> view(p, kpiKeys.getOrDefault(p.kpi().id(), ""))).toList());
    }

    @Operation(summary = "A KPI's daily actuals in a date range",
            description = "The KPI by id or key; at most " + MAX_RANGE_DAYS + " days.")
    @GetMapping("/kpis/{kpi}/actuals")
    ApiModels.ActualList actuals(@Parameter(description = "KPI id or key") @PathVariable String kpi,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Workspace id; only for agency-wide tokens")
            @RequestParam(required = false) @Nullable Long workspace) {
        WorkspaceId ws = ApiWorkspace.of(workspace);
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
            throw new ApiBadRequestException("from must not be after to, and the range at most " + MAX_RANGE_DAYS
                    + " days");
        }
        Map<Long, String> kpiKeys = keys.keys(ws);
        KpiId kpiId = kpi.chars().allMatch(Character::isDigit) && !kpi.isEmpty() && kpi.length() < 19
                ? new KpiId(Math.max(1, Long.parseLong(kpi))) : keys.resolve(ws, kpi);
        List<ApiModels.ActualView> values = actuals.list(ws, kpiId, DateRange.of(from, to)).stream()
                .map(a -> new ApiModels.ActualView(a.date(), a.value())).toList();
        return new ApiModels.ActualList(ws.value(), kpiId.value(), kpiKeys.getOrDefault(kpiId.value(), ""), from, to,
                values);
    }

    @Operation(summary = "The workspace summary the dashboard shows",
            description = "KPIs per status, the KPIs behind, and when the next goal review is due.")
    @GetMapping("/summary")
    ApiModels.Summary summary(@Parameter(description = "Workspace id; only for agency-wide tokens")
            @RequestParam(required = false) @Nullable Long workspace) {
        WorkspaceId ws = ApiWorkspace.of(workspace);
        WorkspaceDetails details = workspaces.get(ws);
        Dashboard dashboard = pacing.dashboard(ws);
        Map<PacingStatus, Long> counts = new EnumMap<>(PacingStatus.class);
        for (PacingStatus status : PacingStatus.values()) {
            counts.put(status, 0L);
        }
        dashboard.kpis().forEach(p -> counts.merge(p.status(), 1L, Long::sum));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        counts.forEach((status, n) -> byStatus.put(status.name(), n));
        ReviewDue due = reviews.due(ws);
        return new ApiModels.Summary(ws.value(), details.name(), details.currency().getCurrencyCode(),
                details.timeZone().getId(), dashboard.today(), dashboard.kpis().size(), byStatus,
                dashboard.kpis().stream().filter(p -> p.status() == PacingStatus.BEHIND).map(p -> p.kpi().name())
                        .toList(),
                new ApiModels.Review(due.scheduled(), due.due(), due.dueNow(), due.overdue(), due.triggers().size()));
    }

    private static ApiModels.KpiView view(KpiPacing p, String key) {
        PacingResult r = p.result();
        var k = p.kpi();
        return new ApiModels.KpiView(k.id(), key, k.name(), k.unit().name(), k.direction().name(),
                k.aggregation().name(), k.target(), k.period().start(), k.period().end(), r.status().name(),
                r.actual().isPresent() ? r.actual().getAsDouble() : null, percent(r.achieved()),
                percent(r.elapsed()), percent(r.expected()),
                r.projection().isPresent() ? r.projection().getAsDouble() : null,
                r.projectionShare().isPresent() ? percent(r.projectionShare().getAsDouble()) : null);
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
