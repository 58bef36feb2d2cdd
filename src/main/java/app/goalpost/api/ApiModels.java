package app.goalpost.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of /api/v1 (documented in the OpenAPI document through these records). */
final class ApiModels {

    private ApiModels() {
    }

    @Schema(description = "A KPI with its pacing on the workspace's today")
    record KpiView(long id, String key, String name, String unit, String direction, String aggregation,
            BigDecimal target, LocalDate periodStart, LocalDate periodEnd,
            @Schema(description = "NOT_STARTED, NO_DATA, AHEAD, ON_TRACK or BEHIND") String status,
            @Schema(description = "Actual so far (sum, or latest value for level KPIs); null without actuals")
            @Nullable Double actual,
            @Schema(description = "Actual as a percentage of the target") double percentOfGoal,
            @Schema(description = "Percentage of the period elapsed") double percentOfPeriod,
            @Schema(description = "Percentage of the target expected by today (seasonal when last year has data)")
            double expectedPercentOfGoal,
            @Schema(description = "Value expected at the period's end; null without actuals") @Nullable Double projection,
            @Schema(description = "Projection as a percentage of the target") @Nullable Double projectionPercentOfGoal) {
    }

    record KpiList(long workspaceId, LocalDate today, List<KpiView> kpis) {
    }

    @Schema(description = "One value of one KPI on one day. Name the KPI by kpiId or by its key (kpi)")
    record PushRow(@Schema(description = "KPI id") @Nullable Long kpiId,
            @Schema(description = "KPI key, e.g. leads") @Nullable String kpi,
            @Schema(description = "ISO date, yyyy-MM-dd", example = "2026-03-01") String date,
            @Schema(description = "A number, not negative", example = "42") BigDecimal value) {
    }

    @Schema(description = "Up to 10,000 rows, written all or nothing")
    record PushRequest(List<PushRow> rows) {
    }

    record PushedRow(int row, long kpiId, LocalDate date,
            @Schema(description = "created, replaced or unchanged") String result) {
    }

    record PushResponse(long workspaceId, int rows, long created, long replaced, long unchanged,
            List<PushedRow> results) {
    }

    @Schema(description = "What is wrong with one row of a push (0-based row index)")
    record RowProblem(int row, String field, String code, String detail) {
    }

    record ActualView(LocalDate date, BigDecimal value) {
    }

    record ActualList(long workspaceId, long kpiId, String key, LocalDate from, LocalDate to,
            List<ActualView> actuals) {
    }

    record Review(LocalDate scheduled, LocalDate due, boolean dueNow, boolean overdue, int openTriggers) {
    }

    record Summary(long workspaceId, String name, String currency, String timeZone, LocalDate today, int kpiCount,
            @Schema(description = "How many KPIs are in each status") Map<String, Long> byStatus,
            @Schema(description = "Names of the KPIs behind") List<String> behind, Review review) {
    }
}
