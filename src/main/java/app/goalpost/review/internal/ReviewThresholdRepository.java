package app.goalpost.review.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewThresholdRepository extends JpaRepository<ReviewThreshold, Long> {

    Optional<ReviewThreshold> findByWorkspaceId(long workspaceId);
}
