package app.goalpost.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewPlanTargetRepository extends JpaRepository<ReviewPlanTarget, Long> {

    List<ReviewPlanTarget> findByReviewIdOrderBySideAscSortOrderAsc(long reviewId);
}
