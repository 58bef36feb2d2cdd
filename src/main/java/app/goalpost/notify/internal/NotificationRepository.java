package app.goalpost.notify.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Scoped to the current agency by the tenant filter; every read of a user's list also takes the workspaces they
 * may see now, so a notification of a workspace they lost stays out of the list and the counts.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

    /** The user's notifications, newest first. */
    @Query("select n from Notification n where n.userId = :userId and n.workspaceId in :visible order by n.id desc")
    List<Notification> page(long userId, Collection<Long> visible, Pageable page);

    @Query("""
            select count(n) from Notification n
            where n.userId = :userId and n.workspaceId in :visible and n.readAt is null
            """)
    long unread(long userId, Collection<Long> visible);

    @Query("select count(n) from Notification n where n.userId = :userId and n.workspaceId in :visible")
    long total(long userId, Collection<Long> visible);

    @Modifying
    @Query("update Notification n set n.readAt = :at where n.userId = :userId and n.readAt is null")
    int markAllRead(long userId, Instant at);

    /** In the system scope: every agency's users with digest mail waiting. */
    @Query("""
            select distinct new app.goalpost.notify.internal.PendingDigest(n.agencyId, n.userId)
            from Notification n where n.mailState = app.goalpost.notify.internal.Notification.MailState.PENDING
            """)
    List<PendingDigest> pendingDigests();

    List<Notification> findByUserIdAndMailStateOrderByIdAsc(long userId, Notification.MailState state);
}
