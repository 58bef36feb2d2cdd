package app.goalpost.collab.session.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalSessionParticipantRepository extends JpaRepository<GoalSessionParticipant, Long> {

    List<GoalSessionParticipant> findBySessionIdOrderByJoinedAtAscIdAsc(long sessionId);

    int countBySessionId(long sessionId);

    Optional<GoalSessionParticipant> findBySessionIdAndUserId(long sessionId, long userId);
}
