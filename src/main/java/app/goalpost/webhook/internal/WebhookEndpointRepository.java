package app.goalpost.webhook.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WebhookEndpointRepository extends JpaRepository<WebhookEndpoint, Long> {

    List<WebhookEndpoint> findByWorkspaceIdOrderByIdAsc(long workspaceId);

    Optional<WebhookEndpoint> findByIdAndWorkspaceId(long id, long workspaceId);

    /** Endpoints whose event list names the type (the list is comma-separated, so match the whole name). */
    @Query("select e from WebhookEndpoint e where e.workspaceId = :workspaceId and concat(',', e.events, ',') like "
            + "concat('%,', :type, ',%') order by e.id")
    List<WebhookEndpoint> subscribedTo(long workspaceId, String type);

    /** Across the tenant: the workspaces with at least one endpoint for the type (the review-due check). */
    @Query("select distinct e.workspaceId from WebhookEndpoint e where concat(',', e.events, ',') like "
            + "concat('%,', :type, ',%')")
    List<Long> workspacesSubscribedTo(String type);

    /** In the system scope (every agency): the agencies with an endpoint for the type. */
    @Query("select distinct e.agencyId from WebhookEndpoint e where concat(',', e.events, ',') like "
            + "concat('%,', :type, ',%')")
    List<Long> agenciesSubscribedTo(String type);
}
