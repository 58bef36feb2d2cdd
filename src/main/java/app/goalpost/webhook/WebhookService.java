package app.goalpost.webhook;

import app.goalpost.security.CurrentUser;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.webhook.internal.WebhookDelivery;
import app.goalpost.webhook.internal.WebhookDeliveryRepository;
import app.goalpost.webhook.internal.WebhookEndpoint;
import app.goalpost.webhook.internal.WebhookEndpointRepository;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Webhook endpoints of a workspace and their delivery log: agency staff with access to the workspace
 * (EDIT_BASELINE) only; client users are refused like for a workspace they cannot see. Every row is looked up within
 * the workspace after the access check, and the tenant filter keeps other agencies' rows out of reach.
 */
@Service
public class WebhookService {

    public static final int MAX_URL = 2000;
    public static final int MAX_ENDPOINTS = 20;
    public static final int RECENT = 20;
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookOutbox outbox;
    private final WorkspaceAccess access;
    private final Clock clock;

    WebhookService(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, WebhookOutbox outbox,
            WorkspaceAccess access, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public WebhookPage page(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        return new WebhookPage(endpoints.findByWorkspaceIdOrderByIdAsc(workspaceId.value()).stream()
                .map(e -> new WebhookPage.Endpoint(new EndpointId(e.getId()), e.getUrl(), e.getEvents(),
                        e.getCreatedAt(), deliveries.findByEndpointIdOrderByIdDesc(e.getId(), Limit.of(RECENT))
                                .stream().map(WebhookService::delivery).toList()))
                .toList());
    }

    /**
     * Registers an endpoint; returns its secret, which is shown this once. With {@code kpi.status_changed} the KPIs'
     * current statuses become the reference, so the first change after registering is announced.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public NewSecret create(WorkspaceId workspaceId, String url, Set<WebhookEvent> events) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        String clean = checkUrl(url);
        if (events.isEmpty()) {
            throw new InvalidInputException("events", "webhook.error.events");
        }
        if (endpoints.findByWorkspaceIdOrderByIdAsc(workspaceId.value()).size() >= MAX_ENDPOINTS) {
            throw new InvalidInputException("url", "webhook.error.tooMany", MAX_ENDPOINTS);
        }
        String secret = newSecret();
        WebhookEndpoint endpoint = endpoints.save(new WebhookEndpoint(workspaceId.value(), clean, events, secret,
                CurrentUser.require().userId(), clock.instant()));
        if (events.contains(WebhookEvent.KPI_STATUS_CHANGED)) {
            endpoints.flush();
            outbox.evaluateStatuses(workspaceId, false);
        }
        return new NewSecret(new EndpointId(endpoint.getId()), secret);
    }

    /** A new secret replaces the old one at once (deliveries sent from now on are signed with it). */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public NewSecret rotateSecret(WorkspaceId workspaceId, EndpointId endpointId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        WebhookEndpoint endpoint = endpoint(workspaceId, endpointId);
        String secret = newSecret();
        endpoint.setSecret(secret);
        return new NewSecret(endpointId, secret);
    }

    /** Removes the endpoint with its delivery log; pending deliveries to it are not sent. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void delete(WorkspaceId workspaceId, EndpointId endpointId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        WebhookEndpoint endpoint = endpoint(workspaceId, endpointId);
        deliveries.deleteByEndpointId(endpoint.getId());
        endpoints.delete(endpoint);
    }

    /** Sends a delivery again: a new delivery of the same event and body, due now (the worker sends it). */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public DeliveryId resend(WorkspaceId workspaceId, DeliveryId deliveryId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        WebhookDelivery original = deliveries.findByIdAndWorkspaceId(deliveryId.value(), workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new);
        return new DeliveryId(deliveries.save(original.resend(clock.instant())).getId());
    }

    private WebhookEndpoint endpoint(WorkspaceId workspaceId, EndpointId endpointId) {
        return endpoints.findByIdAndWorkspaceId(endpointId.value(), workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new);
    }

    /** https anywhere; plain http only to this machine (localhost, 127.0.0.1, [::1]) for local tests. */
    static String checkUrl(String url) {
        String clean = url == null ? "" : url.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("url", "webhook.error.urlRequired");
        }
        if (clean.length() > MAX_URL) {
            throw new InvalidInputException("url", "webhook.error.urlTooLong", MAX_URL);
        }
        URI uri;
        try {
            uri = new URI(clean);
        } catch (URISyntaxException e) {
            throw new InvalidInputException("url", "webhook.error.url");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidInputException("url", "webhook.error.url");
        }
        if (scheme.equals("https") || (scheme.equals("http") && LOCAL_HOSTS.contains(host))) {
            return clean;
        }
        throw new InvalidInputException("url", "webhook.error.https");
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static WebhookPage.Delivery delivery(WebhookDelivery d) {
        return new WebhookPage.Delivery(new DeliveryId(d.getId()), d.getEventType(), d.getStatus(), d.getAttempts(),
                Optional.ofNullable(d.getResponseStatus()), Optional.ofNullable(d.getResponseExcerpt()),
                Optional.ofNullable(d.getError()), Optional.ofNullable(d.getDurationMs()), d.getCreatedAt(),
                Optional.ofNullable(d.getNextAttemptAt()), Optional.ofNullable(d.getResentFrom()));
    }
}
