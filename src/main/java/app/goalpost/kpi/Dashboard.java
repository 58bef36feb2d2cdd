package app.goalpost.kpi;

import java.time.LocalDate;
import java.util.List;

/** Every active KPI of a workspace, paced on the workspace's today (its time zone), in name order. */
public record Dashboard(LocalDate today, List<KpiPacing> kpis) {
}
