package app.goalpost.report.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportChangeRepository extends JpaRepository<ReportChange, Long> {

    List<ReportChange> findByWorkspaceIdAndChangedAtGreaterThanEqualAndChangedAtLessThanOrderByChangedAtAsc(
            long workspaceId, Instant from, Instant to);
}
