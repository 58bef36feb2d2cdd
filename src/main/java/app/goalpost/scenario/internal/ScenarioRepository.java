package app.goalpost.scenario.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScenarioRepository extends JpaRepository<Scenario, Long> {

    List<Scenario> findByWorkspaceIdAndBaselineIdOrderByIdAsc(long workspaceId, long baselineId);

    List<Scenario> findByWorkspaceIdAndAdoptedTrue(long workspaceId);

    Optional<Scenario> findByIdAndWorkspaceId(long id, long workspaceId);
}
