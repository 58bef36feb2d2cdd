package app.goalpost.kpi.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface KpiDefinitionRepository extends JpaRepository<KpiDefinition, Long> {

    List<KpiDefinition> findByWorkspaceIdOrderByNameAsc(long workspaceId);

    List<KpiDefinition> findByWorkspaceIdAndArchivedFalseOrderByNameAsc(long workspaceId);

    Optional<KpiDefinition> findByIdAndWorkspaceId(long id, long workspaceId);

    List<KpiDefinition> findByWorkspaceIdAndSourceScenarioId(long workspaceId, long sourceScenarioId);

    Optional<KpiDefinition> findByWorkspaceIdAndApiKey(long workspaceId, String apiKey);

    /** The active KPIs of a workspace whose period contains a day. */
    @Query("select k from KpiDefinition k where k.workspaceId = :workspaceId and k.archived = false"
            + " and k.periodStart <= :day and k.periodEnd >= :day order by k.id")
    List<KpiDefinition> currentOn(long workspaceId, LocalDate day);

    /**
     * (agency, workspace) of every active KPI whose period overlaps [from, to]: in the system scope this spans every
     * agency (the scheduled review-trigger evaluation), in a tenant scope only that agency.
     */
    @Query("select distinct k.agencyId, k.workspaceId from KpiDefinition k where k.archived = false"
            + " and k.periodStart <= :to and k.periodEnd >= :from order by k.agencyId, k.workspaceId")
    List<Object[]> workspacesWithKpisBetween(LocalDate from, LocalDate to);

    boolean existsByWorkspaceIdAndNameIgnoreCaseAndArchivedFalse(long workspaceId, String name);

    boolean existsByWorkspaceIdAndNameIgnoreCaseAndArchivedFalseAndIdNot(long workspaceId, String name, long id);
}
