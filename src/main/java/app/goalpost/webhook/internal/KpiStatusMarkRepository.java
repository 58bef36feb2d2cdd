package app.goalpost.webhook.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface KpiStatusMarkRepository extends JpaRepository<KpiStatusMark, Long> {

    List<KpiStatusMark> findByWorkspaceId(long workspaceId);
}
