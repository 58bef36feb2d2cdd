package app.goalpost.kpi.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiDefinitionRepository extends JpaRepository<KpiDefinition, Long> {

    List<KpiDefinition> findByWorkspaceIdOrderByNameAsc(long workspaceId);

    List<KpiDefinition> findByWorkspaceIdAndArchivedFalseOrderByNameAsc(long workspaceId);

    Optional<KpiDefinition> findByIdAndWorkspaceId(long id, long workspaceId);

    List<KpiDefinition> findByWorkspaceIdAndSourceScenarioId(long workspaceId, long sourceScenarioId);

    Optional<KpiDefinition> findByWorkspaceIdAndApiKey(long workspaceId, String apiKey);

    boolean existsByWorkspaceIdAndNameIgnoreCaseAndArchivedFalse(long workspaceId, String name);

    boolean existsByWorkspaceIdAndNameIgnoreCaseAndArchivedFalseAndIdNot(long workspaceId, String name, long id);
}
