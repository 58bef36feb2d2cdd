package app.goalpost.review.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findFirstByWorkspaceIdOrderByReviewDateDescIdDesc(long workspaceId);

    /** The page shows the most recent reviews; older ones stay stored (a paged history comes later). */
    List<Review> findTop50ByWorkspaceIdOrderByReviewDateDescIdDesc(long workspaceId);
}
