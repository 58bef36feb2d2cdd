package app.goalpost.webhook.internal;

import app.goalpost.webhook.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

    List<WebhookDelivery> findByEndpointIdOrderByIdDesc(long endpointId, Limit limit);

    Optional<WebhookDelivery> findByIdAndWorkspaceId(long id, long workspaceId);

    List<WebhookDelivery> findByWorkspaceIdOrderByIdAsc(long workspaceId);

    void deleteByEndpointId(long endpointId);

    /** In the system scope (every agency): who has a delivery due. */
    @Query("select distinct d.agencyId from WebhookDelivery d where d.status = :status and d.nextAttemptAt <= :now")
    List<Long> agenciesWithDue(DeliveryStatus status, Instant now);

    /** In a tenant scope: the deliveries due now whose claim is free or has expired, oldest first. */
    @Query("select d.id from WebhookDelivery d where d.status = :status and d.nextAttemptAt <= :now "
            + "and (d.leaseUntil is null or d.leaseUntil < :now) order by d.nextAttemptAt, d.id")
    List<Long> dueIds(DeliveryStatus status, Instant now, Limit limit);

    /**
     * Claims one delivery for one node, atomically: the row is updated only while it is still due and unclaimed
     * (or its lease expired), so of two nodes racing for it exactly one sees 1.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update WebhookDelivery d set d.claimedBy = :node, d.leaseUntil = :until where d.id = :id "
            + "and d.status = :status and d.nextAttemptAt <= :now and (d.leaseUntil is null or d.leaseUntil < :now)")
    int claim(long id, String node, Instant until, Instant now, DeliveryStatus status);
}
