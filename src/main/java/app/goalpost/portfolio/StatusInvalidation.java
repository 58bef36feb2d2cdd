package app.goalpost.portfolio;

import app.goalpost.portfolio.internal.WorkspaceStatus;
import app.goalpost.portfolio.internal.WorkspaceStatusRepository;
import app.goalpost.security.CurrentUser;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Keeps the stored statuses in step with committed saves: every change records the workspace's last activity; a
 * change to what the status is computed from (actuals, targets, KPI definitions, the plan of record, reviews, the
 * workspace's settings such as its time zone) marks it stale and computes it again at once, as the user who saved
 * (who may see the workspace). When that cannot be done (no signed-in user, as in the demo loader's jobs, or any
 * failure) the row stays stale and the portfolio computes it when it is next shown. A rolled-back save changes
 * nothing.
 */
@Component
class StatusInvalidation {

    private static final Logger log = LoggerFactory.getLogger(StatusInvalidation.class);
    private static final Set<ChangeKind> INPUTS = EnumSet.of(ChangeKind.ACTUALS, ChangeKind.TARGET, ChangeKind.KPI,
            ChangeKind.PLAN_ADOPTED, ChangeKind.REVIEW, ChangeKind.WORKSPACE);

    private final WorkspaceStatusRepository statuses;
    private final StatusCalculator calculator;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    StatusInvalidation(WorkspaceStatusRepository statuses, StatusCalculator calculator, Clock clock,
            PlatformTransactionManager transactions) {
        this.statuses = statuses;
        this.calculator = calculator;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(WorkspaceChanged change) {
        if (TenantContext.currentAgency().isEmpty()) {
            return;
        }
        boolean input = INPUTS.contains(change.kind());
        try {
            newTransaction.executeWithoutResult(tx -> {
                WorkspaceStatus row = statuses.findByWorkspaceId(change.workspaceId().value())
                        .orElseGet(() -> new WorkspaceStatus(change.workspaceId().value()));
                row.touch(clock.instant());
                if (input) {
                    row.markStale();
                }
                statuses.save(row);
            });
        } catch (DataIntegrityViolationException race) {
            // another save created the row at the same moment; it is stale or fresh from that save, and this
            // change is recomputed below
            log.debug("Status row of workspace {} created concurrently", change.workspaceId().value());
        }
        if (input && CurrentUser.get().isPresent()) {
            try {
                newTransaction.executeWithoutResult(tx -> calculator.refresh(change.workspaceId(), null));
            } catch (RuntimeException e) {
                log.info("Status of workspace {} left stale after a {} change: {}", change.workspaceId().value(),
                        change.kind(), e.toString());
            }
        }
    }
}
