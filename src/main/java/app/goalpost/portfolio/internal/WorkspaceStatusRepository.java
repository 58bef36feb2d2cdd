package app.goalpost.portfolio.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Scoped to the current agency by Hibernate's tenant filter. */
public interface WorkspaceStatusRepository extends JpaRepository<WorkspaceStatus, Long> {

    Optional<WorkspaceStatus> findByWorkspaceId(long workspaceId);
}
