package app.goalpost.kpi.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface KpiActualRepository extends JpaRepository<KpiActual, Long> {

    /** Every actual of a workspace in a date window: the dashboard's single query for all its KPIs. */
    @Query("select a from KpiActual a where a.workspaceId = :workspaceId and a.actualDate between :from and :to")
    List<KpiActual> findInWindow(long workspaceId, LocalDate from, LocalDate to);

    /** The same, as light projections (dashboard and charts read thousands of points). */
    @Query("select new app.goalpost.kpi.internal.ActualPoint(a.kpiId, a.actualDate, a.amount) from KpiActual a"
            + " where a.workspaceId = :workspaceId and a.actualDate between :from and :to")
    List<ActualPoint> pointsInWindow(long workspaceId, LocalDate from, LocalDate to);

    /** The same, streamed: an import's preview walks every existing value of a workspace without a list. */
    @Query("select new app.goalpost.kpi.internal.ActualPoint(a.kpiId, a.actualDate, a.amount) from KpiActual a"
            + " where a.workspaceId = :workspaceId and a.actualDate between :from and :to")
    Stream<ActualPoint> streamPointsInWindow(long workspaceId, LocalDate from, LocalDate to);

    @Query("select new app.goalpost.kpi.internal.ActualPoint(a.kpiId, a.actualDate, a.amount) from KpiActual a"
            + " where a.kpiId = :kpiId and a.actualDate between :from and :to")
    List<ActualPoint> pointsOfKpi(long kpiId, LocalDate from, LocalDate to);

    /** The stored values of some KPIs of a workspace in a date window (an API push compares its rows with them). */
    @Query("select new app.goalpost.kpi.internal.ActualPoint(a.kpiId, a.actualDate, a.amount) from KpiActual a"
            + " where a.workspaceId = :workspaceId and a.kpiId in :kpiIds and a.actualDate between :from and :to")
    List<ActualPoint> pointsOfKpisInWindow(long workspaceId, java.util.Collection<Long> kpiIds, LocalDate from,
            LocalDate to);

    /** Every actual of a workspace in two date windows (this period and last year's), in one query. */
    @Query("select new app.goalpost.kpi.internal.ActualPoint(a.kpiId, a.actualDate, a.amount) from KpiActual a"
            + " where a.workspaceId = :workspaceId and (a.actualDate between :from and :to"
            + " or a.actualDate between :earlierFrom and :earlierTo)")
    List<ActualPoint> pointsInTwoWindows(long workspaceId, LocalDate from, LocalDate to, LocalDate earlierFrom,
            LocalDate earlierTo);

    List<KpiActual> findByKpiIdAndActualDateBetweenOrderByActualDateAsc(long kpiId, LocalDate from, LocalDate to);

    @Modifying(flushAutomatically = true)
    @Query("delete from KpiActual a where a.kpiId = :kpiId and a.actualDate between :from and :to")
    int deleteInRange(long kpiId, LocalDate from, LocalDate to);
}
