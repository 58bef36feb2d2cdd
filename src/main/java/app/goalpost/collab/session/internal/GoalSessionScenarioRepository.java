package app.goalpost.collab.session.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalSessionScenarioRepository extends JpaRepository<GoalSessionScenario, Long> {

    List<GoalSessionScenario> findBySessionIdOrderByFirstSeenAtAscIdAsc(long sessionId);

    Optional<GoalSessionScenario> findBySessionIdAndScenarioId(long sessionId, long scenarioId);
}
