package app.goalpost.collab.session.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalSessionDecisionRepository extends JpaRepository<GoalSessionDecision, Long> {

    List<GoalSessionDecision> findBySessionIdOrderByIdAsc(long sessionId);

    int countBySessionId(long sessionId);

    Optional<GoalSessionDecision> findByIdAndSessionId(long id, long sessionId);
}
