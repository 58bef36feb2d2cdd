package app.goalpost.webhook;

import app.goalpost.review.ReviewDue;
import app.goalpost.review.ReviewService;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.webhook.internal.ReviewDueNotice;
import app.goalpost.webhook.internal.ReviewDueNoticeRepository;
import app.goalpost.webhook.internal.WebhookDelivery;
import app.goalpost.webhook.internal.WebhookEndpoint;
import app.goalpost.webhook.internal.WebhookEndpointRepository;
import app.goalpost.webhook.internal.WebhookDeliveryRepository;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The jobs of the webhooks feature, per agency in {@link TenantContext#runAsTenant} with nobody signed in:
 * {@link #deliverDue()} sends the deliveries that are due and {@link #checkReviewsDue()} announces reviews that
 * became due. {@link WebhookSchedule} calls them on a timer; tests call them directly on a fixed clock.
 * <p>
 * Several nodes may run it at once: a delivery is sent only by the node whose atomic claim (an UPDATE of a due,
 * unclaimed row) changed the row, and the claim is a lease, so a node that dies mid-send gives it up after
 * {@link WebhookSettings#lease()}.
 */
@Component
public class WebhookWorker {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorker.class);
    static final int EXCERPT = 500;

    private final WebhookDeliveryRepository deliveries;
    private final WebhookEndpointRepository endpoints;
    private final ReviewDueNoticeRepository notices;
    private final WebhookOutbox outbox;
    private final ReviewService reviews;
    private final WorkspaceService workspaces;
    private final WebhookSettings settings;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final HttpClient http;
    private final String node;

    @Autowired
    WebhookWorker(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints,
            ReviewDueNoticeRepository notices, WebhookOutbox outbox, ReviewService reviews,
            WorkspaceService workspaces, WebhookSettings settings, Clock clock, PlatformTransactionManager transactions) {
        this(deliveries, endpoints, notices, outbox, reviews, workspaces, settings, clock, transactions,
                hostName() + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** With an explicit node name: the two-node tests build a second worker on the same beans. */
    WebhookWorker(WebhookDeliveryRepository deliveries, WebhookEndpointRepository endpoints,
            ReviewDueNoticeRepository notices, WebhookOutbox outbox, ReviewService reviews,
            WorkspaceService workspaces, WebhookSettings settings, Clock clock, PlatformTransactionManager transactions,
            String node) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.notices = notices;
        this.outbox = outbox;
        this.reviews = reviews;
        this.workspaces = workspaces;
        this.settings = settings;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.node = node;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "node";
        }
    }

    String node() {
        return node;
    }

    /** Sends every delivery due now, agency by agency; returns how many attempts this node made. */
    public int deliverDue() {
        Instant now = clock.instant();
        List<Long> agencies = TenantContext.runAsSystem(() -> tx.execute(s -> deliveries.agenciesWithDue(
                DeliveryStatus.PENDING, now)));
        int sent = 0;
        for (long agency : agencies) {
            sent += TenantContext.runAsTenant(agency, this::deliverDueOfTenant);
        }
        return sent;
    }

    private int deliverDueOfTenant() {
        Instant now = clock.instant();
        List<Long> due = tx.execute(s -> deliveries.dueIds(DeliveryStatus.PENDING, now,
                Limit.of(settings.batchSize())));
        int sent = 0;
        for (long id : due) {
            try {
                if (deliver(id)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // e.g. the endpoint was removed meanwhile; the others of the round still go
                LOG.warn("Delivery {} could not be sent", id, e);
            }
        }
        return sent;
    }

    /** Claims the delivery, sends it and records the outcome; false when another node holds it or it is not due. */
    boolean deliver(long deliveryId) {
        if (!claim(deliveryId)) {
            return false;
        }
        Attempt attempt = tx.execute(s -> {
            WebhookDelivery d = deliveries.findById(deliveryId).orElseThrow();
            WebhookEndpoint e = endpoints.findById(d.getEndpointId()).orElseThrow();
            return new Attempt(d.getId(), e.getUrl(), e.getSecret(), d.getEventType(), d.getPayload());
        });
        Outcome outcome = send(attempt);
        tx.executeWithoutResult(s -> {
            WebhookDelivery d = deliveries.findById(deliveryId).orElseThrow();
            if (!node.equals(d.getClaimedBy())) {
                LOG.warn("Delivery {} was taken over by {} while {} was sending it", deliveryId, d.getClaimedBy(), node);
                return;
            }
            Instant retryAt = outcome.success() ? null : retryAt(d.getAttempts() + 1, outcome.at());
            d.recordAttempt(outcome.at(), outcome.success(), outcome.status(), outcome.excerpt(), outcome.error(),
                    outcome.durationMs(), retryAt);
        });
        return true;
    }

    /** The atomic claim: true only for the one node whose UPDATE matched the still-free, due row. */
    boolean claim(long deliveryId) {
        Instant now = clock.instant();
        Integer claimed = tx.execute(s -> deliveries.claim(deliveryId, node, now.plus(settings.lease()), now,
                DeliveryStatus.PENDING));
        return claimed != null && claimed == 1;
    }

    /** When attempt number {@code attempts} failed: the next try, or null when the schedule is used up. */
    private @Nullable Instant retryAt(int attempts, Instant failedAt) {
        List<Duration> delays = settings.retryDelays();
        return attempts <= delays.size() ? failedAt.plus(delays.get(attempts - 1)) : null;
    }

    private Outcome send(Attempt attempt) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url())).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Goalpost-Webhooks/1")
                    .header(WebhookSignature.EVENT_HEADER, attempt.eventType())
                    .header(WebhookSignature.DELIVERY_HEADER, Long.toString(attempt.deliveryId()))
                    .header(WebhookSignature.HEADER, WebhookSignature.header(attempt.secret(), at.getEpochSecond(),
                            attempt.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(attempt.body(), StandardCharsets.UTF_8)).build();
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = clip(new String(in.readNBytes(EXCERPT * 4), StandardCharsets.UTF_8));
            }
            int code = response.statusCode();
            return new Outcome(at, code >= 200 && code < 300, code, excerpt, null, millisSince(started));
        } catch (IOException | IllegalArgumentException e) {
            return new Outcome(at, false, null, null, clip(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())), millisSince(started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(at, false, null, null, "interrupted", millisSince(started));
        }
    }

    private static long millisSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos).toMillis();
    }

    private static String clip(String s) {
        return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT);
    }

    /**
     * Announces {@code review.due} for each workspace with a subscribed endpoint whose review is due today or
     * overdue, once per scheduled review date (a stored notice, unique per workspace and date, so two nodes
     * announce it once). Returns the number of workspaces announced.
     */
    public int checkReviewsDue() {
        List<Long> agencies = TenantContext.runAsSystem(() -> tx.execute(s -> endpoints.agenciesSubscribedTo(
                WebhookEvent.REVIEW_DUE.type())));
        int announced = 0;
        for (long agency : agencies) {
            announced += TenantContext.runAsTenant(agency, () -> {
                int n = 0;
                List<Long> ids = tx.execute(s -> endpoints.workspacesSubscribedTo(WebhookEvent.REVIEW_DUE.type()));
                for (long workspaceId : ids) {
                    if (announceIfDue(workspaceId)) {
                        n++;
                    }
                }
                return n;
            });
        }
        return announced;
    }

    private boolean announceIfDue(long workspaceId) {
        try {
            Boolean done = tx.execute(s -> {
                WorkspaceDetails w;
                ReviewDue due;
                try {
                    w = workspaces.getInJob(new WorkspaceId(workspaceId));
                    due = reviews.dueInJob(new WorkspaceId(workspaceId));
                } catch (WorkspaceNotFoundException e) {
                    return false; // archived: nothing to review
                }
                if (!due.dueNow() && !due.overdue()) {
                    return false;
                }
                if (notices.existsByWorkspaceIdAndDueDate(workspaceId, due.scheduled())) {
                    return false;
                }
                notices.saveAndFlush(new ReviewDueNotice(workspaceId, due.scheduled(), clock.instant()));
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("scheduled_date", due.scheduled().toString());
                data.put("due_date", due.due().toString());
                data.put("overdue", due.overdue());
                data.put("open_triggers", due.triggers().stream()
                        .map(t -> t.kind().name().toLowerCase(Locale.ROOT)).toList());
                outbox.record(workspaceId, w.name(), WebhookEvent.REVIEW_DUE, data,
                        endpoints.subscribedTo(workspaceId, WebhookEvent.REVIEW_DUE.type()));
                return true;
            });
            return Boolean.TRUE.equals(done);
        } catch (DataIntegrityViolationException e) {
            return false; // another node announced this date a moment ago
        }
    }

    private record Attempt(long deliveryId, String url, String secret, String eventType, String body) {
    }

    private record Outcome(Instant at, boolean success, @Nullable Integer status, @Nullable String excerpt,
            @Nullable String error, long durationMs) {
    }
}
