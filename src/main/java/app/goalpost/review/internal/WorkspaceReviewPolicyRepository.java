package app.goalpost.review.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkspaceReviewPolicyRepository extends JpaRepository<WorkspaceReviewPolicy, Long> {

    Optional<WorkspaceReviewPolicy> findByWorkspaceId(long workspaceId);
}
