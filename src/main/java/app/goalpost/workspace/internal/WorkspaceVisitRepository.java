package app.goalpost.workspace.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkspaceVisitRepository extends JpaRepository<WorkspaceVisit, Long> {

    Optional<WorkspaceVisit> findByUserIdAndWorkspaceId(long userId, long workspaceId);
}
