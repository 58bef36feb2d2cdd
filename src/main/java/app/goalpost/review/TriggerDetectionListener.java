package app.goalpost.review;

import app.goalpost.security.CurrentUser;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evaluates a workspace right after its actuals or targets were saved, once the save committed: once per workspace
 * and transaction, however many events it published (an API push publishes one per KPI). As the user who saved,
 * who may see the workspace; a save rolled back evaluates nothing; a failure is logged, the save stays.
 */
@Component
class TriggerDetectionListener {

    private static final Logger log = LoggerFactory.getLogger(TriggerDetectionListener.class);
    private static final Set<ChangeKind> INPUTS = EnumSet.of(ChangeKind.ACTUALS, ChangeKind.TARGET);
    private static final Object PENDING = new Object();

    private final TriggerDetectionService detection;

    TriggerDetectionListener(TriggerDetectionService detection) {
        this.detection = detection;
    }

    @EventListener
    void onChange(WorkspaceChanged change) {
        if (!INPUTS.contains(change.kind())) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evaluate(change.workspaceId());
            return;
        }
        @SuppressWarnings("unchecked")
        Set<WorkspaceId> pending = (Set<WorkspaceId>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<WorkspaceId> batch = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    batch.forEach(TriggerDetectionListener.this::evaluate);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = batch;
        }
        pending.add(change.workspaceId());
    }

    private void evaluate(WorkspaceId workspaceId) {
        try {
            if (CurrentUser.get().isPresent()) {
                detection.evaluate(workspaceId);
            } else if (TenantContext.currentAgency().isPresent()) {
                detection.evaluateInJob(workspaceId);
            }
        } catch (RuntimeException e) {
            log.info("Trigger detection of workspace {} after a save failed: {}", workspaceId.value(), e.toString());
        }
    }
}
