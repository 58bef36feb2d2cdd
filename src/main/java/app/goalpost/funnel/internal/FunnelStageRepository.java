package app.goalpost.funnel.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FunnelStageRepository extends JpaRepository<FunnelStage, Long> {

    List<FunnelStage> findByWorkspaceIdOrderBySortOrderAscIdAsc(long workspaceId);
}
