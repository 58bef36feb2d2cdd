package app.goalpost.kpi.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiAnnotationRepository extends JpaRepository<KpiAnnotation, Long> {

    Optional<KpiAnnotation> findByIdAndWorkspaceId(long id, long workspaceId);

    /** A KPI's notes in its period, oldest first, bounded (a chart has room for a few hundred marks at most). */
    List<KpiAnnotation> findTop200ByWorkspaceIdAndKpiIdAndNoteDateBetweenOrderByNoteDateAscIdAsc(long workspaceId,
            long kpiId, LocalDate from, LocalDate to);

    /** All notes of a workspace's KPIs in a window (the client report's period), bounded. */
    List<KpiAnnotation> findTop200ByWorkspaceIdAndNoteDateBetweenOrderByNoteDateAscIdAsc(long workspaceId,
            LocalDate from, LocalDate to);

    long countByWorkspaceIdAndKpiId(long workspaceId, long kpiId);
}
