package app.goalpost.webhook.internal;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDueNoticeRepository extends JpaRepository<ReviewDueNotice, Long> {

    boolean existsByWorkspaceIdAndDueDate(long workspaceId, LocalDate dueDate);
}
