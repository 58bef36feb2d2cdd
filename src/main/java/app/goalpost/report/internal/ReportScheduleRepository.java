package app.goalpost.report.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportScheduleRepository extends JpaRepository<ReportSchedule, Long> {

    Optional<ReportSchedule> findByWorkspaceId(long workspaceId);

    /** In the system scope: every agency's enabled schedules, for the delivery job. */
    List<ReportSchedule> findByEnabledTrueOrderByIdAsc();
}
