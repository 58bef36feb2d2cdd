package app.goalpost.collab;

import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.WorkspaceChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts every committed {@link WorkspaceChanged} on the bus, stamped with the agency of the thread that saved it (the
 * tenant comes from the principal or the job's tenant scope, never from the event). A rolled-back save sends nothing.
 */
@Component
class WorkspaceChangeRelay {

    private final LiveBus bus;

    WorkspaceChangeRelay(LiveBus bus) {
        this.bus = bus;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onChange(WorkspaceChanged change) {
        TenantContext.currentAgency().ifPresent(agency -> bus.publish(LiveEvent.change(agency, change)));
    }
}
