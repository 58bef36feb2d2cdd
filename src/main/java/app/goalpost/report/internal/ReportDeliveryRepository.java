package app.goalpost.report.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportDeliveryRepository extends JpaRepository<ReportDelivery, Long> {

    boolean existsByWorkspaceIdAndPeriodKey(long workspaceId, String periodKey);

    Optional<ReportDelivery> findFirstByWorkspaceIdOrderBySentAtDesc(long workspaceId);
}
