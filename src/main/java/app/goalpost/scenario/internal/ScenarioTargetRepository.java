package app.goalpost.scenario.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ScenarioTargetRepository extends JpaRepository<ScenarioTarget, Long> {

    List<ScenarioTarget> findByScenarioIdOrderBySortOrderAsc(long scenarioId);

    List<ScenarioTarget> findByScenarioIdInOrderBySortOrderAsc(Collection<Long> scenarioIds);
}
