package app.goalpost.collab.session.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalSessionNotesRepository extends JpaRepository<GoalSessionNotes, Long> {

    Optional<GoalSessionNotes> findBySessionId(long sessionId);
}
