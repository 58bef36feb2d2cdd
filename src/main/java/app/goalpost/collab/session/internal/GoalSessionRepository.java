package app.goalpost.collab.session.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GoalSessionRepository extends JpaRepository<GoalSession, Long> {

    Optional<GoalSession> findByWorkspaceIdAndEndedAtIsNull(long workspaceId);

    Optional<GoalSession> findByIdAndWorkspaceId(long id, long workspaceId);

    /** The page lists the most recent records; older ones stay stored. */
    List<GoalSession> findTop50ByWorkspaceIdAndEndedAtIsNotNullOrderByStartedAtDescIdDesc(long workspaceId);
}
