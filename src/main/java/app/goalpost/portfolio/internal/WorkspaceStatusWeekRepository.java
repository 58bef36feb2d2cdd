package app.goalpost.portfolio.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Scoped to the current agency by Hibernate's tenant filter. */
public interface WorkspaceStatusWeekRepository extends JpaRepository<WorkspaceStatusWeek, Long> {

    Optional<WorkspaceStatusWeek> findByWorkspaceIdAndWeekStart(long workspaceId, LocalDate weekStart);
}
