package app.goalpost.api.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    List<ApiToken> findAllByOrderByCreatedAtDesc();

    List<ApiToken> findByCreatedByOrderByCreatedAtDesc(long createdBy);
}
