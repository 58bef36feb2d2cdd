package app.goalpost.funnel.internal;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface BaselineRepository extends JpaRepository<Baseline, Long> {

    List<Baseline> findByWorkspaceIdOrderByPeriodStartDescIdDesc(long workspaceId);

    Optional<Baseline> findByIdAndWorkspaceId(long id, long workspaceId);

    Optional<Baseline> findFirstByWorkspaceIdAndCurrentTrue(long workspaceId);

    /** For saves: the version is bumped even when only the volumes change, so concurrent edits are detected. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    Optional<Baseline> findForUpdateByIdAndWorkspaceId(long id, long workspaceId);
}
