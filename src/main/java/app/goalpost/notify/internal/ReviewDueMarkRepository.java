package app.goalpost.notify.internal;

import java.time.LocalDate;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewDueMarkRepository extends JpaRepository<ReviewDueMark, Long> {

    boolean existsByWorkspaceIdAndDueDate(long workspaceId, LocalDate dueDate);
}
