package app.goalpost.notify.internal;

import app.goalpost.notify.NotificationKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotifyPreferenceRepository extends JpaRepository<NotifyPreference, Long> {

    List<NotifyPreference> findByUserId(long userId);

    List<NotifyPreference> findByUserIdIn(Collection<Long> userIds);

    Optional<NotifyPreference> findByUserIdAndKind(long userId, NotificationKind kind);
}
