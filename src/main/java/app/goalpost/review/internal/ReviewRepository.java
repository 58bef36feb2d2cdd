package app.goalpost.review.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewRepository extends JpaRepository<Review, Long> {

    Optional<Review> findFirstByWorkspaceIdOrderByReviewDateDescIdDesc(long workspaceId);

    /** The page shows the most recent reviews; older ones stay stored (a paged history comes later). */
    List<Review> findTop50ByWorkspaceIdOrderByReviewDateDescIdDesc(long workspaceId);

    /** One page of the past reviews, newest first (the paged history). */
    List<Review> findByWorkspaceIdOrderByReviewDateDescIdDesc(long workspaceId, Pageable page);

    long countByWorkspaceId(long workspaceId);

    Optional<Review> findByIdAndWorkspaceId(long id, long workspaceId);
}
