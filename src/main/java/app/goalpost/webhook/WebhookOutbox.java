package app.goalpost.webhook;

import app.goalpost.kpi.Dashboard;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.PacingService;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.scenario.PlanAdopted;
import app.goalpost.security.CurrentUser;
import app.goalpost.webhook.internal.KpiStatusMark;
import app.goalpost.webhook.internal.KpiStatusMarkRepository;
import app.goalpost.webhook.internal.WebhookDelivery;
import app.goalpost.webhook.internal.WebhookDeliveryRepository;
import app.goalpost.webhook.internal.WebhookEndpoint;
import app.goalpost.webhook.internal.WebhookEndpointRepository;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what happened into outbox rows: one {@link WebhookDelivery} per subscribed endpoint, all with the same event
 * id and body. Reacts after the saving transaction committed (a rolled-back save produces nothing) and writes in a
 * transaction of its own, so a failure here never undoes the user's save; the worker sends the rows later.
 * <p>
 * KPI status: after actuals, a target or a KPI definition were saved, the workspace's KPIs are paced (the
 * dashboard's numbers, as the saver sees them) and compared with the last status stored per KPI; each change is a
 * {@code kpi.status_changed} event. A KPI seen for the first time only records its status. The statuses are kept
 * for every workspace, subscribed or not, and each change is also published in-process as {@link KpiStatusChanged}
 * (the in-app notifications listen to it, issue 12).
 */
@Component
class WebhookOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);
    private static final Set<ChangeKind> PACING_CHANGES = EnumSet.of(ChangeKind.ACTUALS, ChangeKind.TARGET,
            ChangeKind.KPI);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final KpiStatusMarkRepository marks;
    private final PacingService pacing;
    private final WorkspaceService workspaces;
    private final Clock clock;
    private final TransactionTemplate newTx;
    private final ApplicationEventPublisher events;

    WebhookOutbox(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries,
            KpiStatusMarkRepository marks, PacingService pacing, WorkspaceService workspaces, Clock clock,
            PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.marks = marks;
        this.pacing = pacing;
        this.workspaces = workspaces;
        this.clock = clock;
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(WorkspaceChanged change) {
        if (!PACING_CHANGES.contains(change.kind())) {
            return;
        }
        afterCommit("kpi status", () -> evaluateStatuses(change.workspaceId(), true));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onPlanAdopted(PlanAdopted plan) {
        afterCommit("plan adopted", () -> {
            List<WebhookEndpoint> targets = endpoints.subscribedTo(plan.workspaceId(),
                    WebhookEvent.PLAN_ADOPTED.type());
            if (targets.isEmpty()) {
                return;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("scenario", Map.of("id", plan.scenarioId(), "name", plan.scenarioName()));
            data.put("period", Map.of("start", plan.periodStart().toString(), "end", plan.periodEnd().toString()));
            data.put("targets", plan.targets().stream().map(t -> {
                Map<String, Object> target = new LinkedHashMap<>();
                target.put("stage", t.stageName());
                target.put("stage_key", t.stageKey());
                target.put("planned_volume", t.plannedVolume());
                target.put("whole_units", t.wholeUnits());
                return target;
            }).toList());
            record(plan.workspaceId(), workspaceName(plan.workspaceId()), WebhookEvent.PLAN_ADOPTED, data, targets);
        });
    }

    /** Runs in a new transaction as the user who saved; logs instead of failing a save that has committed. */
    private void afterCommit(String what, Runnable work) {
        if (CurrentUser.get().isEmpty()) {
            LOG.debug("No signed-in user after the save: {} webhooks not evaluated", what);
            return;
        }
        try {
            newTx.executeWithoutResult(status -> work.run());
        } catch (RuntimeException e) {
            LOG.warn("Webhook events ({}) could not be recorded", what, e);
        }
    }

    /**
     * Paces the workspace's KPIs and compares each status with the stored one. With {@code announce} a change is
     * an event; without (a new endpoint), the current statuses only become the reference. Call in a transaction,
     * as a user who may view the workspace.
     */
    void evaluateStatuses(WorkspaceId workspaceId, boolean announce) {
        List<WebhookEndpoint> targets = endpoints.subscribedTo(workspaceId.value(),
                WebhookEvent.KPI_STATUS_CHANGED.type());
        Dashboard dashboard = pacing.dashboard(workspaceId);
        Map<Long, KpiStatusMark> stored = marks.findByWorkspaceId(workspaceId.value()).stream()
                .collect(Collectors.toMap(KpiStatusMark::getKpiId, Function.identity()));
        String name = workspaceName(workspaceId.value());
        Instant now = clock.instant();
        for (KpiPacing kpi : dashboard.kpis()) {
            PacingStatus status = kpi.status();
            KpiStatusMark mark = stored.get(kpi.kpi().id());
            if (mark == null) {
                marks.save(new KpiStatusMark(workspaceId.value(), kpi.kpi().id(), status, now));
            } else if (mark.getStatus() != status) {
                if (announce) {
                    events.publishEvent(new KpiStatusChanged(workspaceId, kpi.kpi().id(), kpi.kpi().name(),
                            mark.getStatus(), status, dashboard.today()));
                }
                if (announce && !targets.isEmpty()) {
                    Map<String, Object> data = new LinkedHashMap<>();
                    data.put("kpi", Map.of("id", kpi.kpi().id(), "name", kpi.kpi().name()));
                    data.put("old_status", wire(mark.getStatus()));
                    data.put("new_status", wire(status));
                    data.put("percent_of_goal", percent(kpi.result().achieved()));
                    data.put("percent_of_period", percent(kpi.result().elapsed()));
                    data.put("date", dashboard.today().toString());
                    record(workspaceId.value(), name, WebhookEvent.KPI_STATUS_CHANGED, data, targets);
                }
                mark.change(status, now);
            }
        }
    }

    /** One event to each endpoint: the same id and body everywhere. Call in a transaction. */
    void record(long workspaceId, String workspaceName, WebhookEvent event, Map<String, Object> data,
            List<WebhookEndpoint> to) {
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", event.type());
        body.put("created_at", now.toString());
        body.put("workspace", Map.of("id", workspaceId, "name", workspaceName));
        body.put("data", data);
        String payload = JSON.writeValueAsString(body);
        for (WebhookEndpoint endpoint : to) {
            if (endpoint.getWorkspaceId() != workspaceId || !endpoint.subscribes(event)) {
                throw new IllegalArgumentException("Endpoint " + endpoint.getId() + " does not take this event");
            }
            deliveries.save(new WebhookDelivery(workspaceId, endpoint.getId(), eventId, event.type(), payload, now));
        }
    }

    private String workspaceName(long workspaceId) {
        return workspaces.get(new WorkspaceId(workspaceId)).name();
    }

    private static String wire(PacingStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
