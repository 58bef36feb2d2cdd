package app.goalpost.review.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReviewParticipantRepository extends JpaRepository<ReviewParticipant, Long> {

    List<ReviewParticipant> findByReviewIdOrderByUserNameAscIdAsc(long reviewId);
}
