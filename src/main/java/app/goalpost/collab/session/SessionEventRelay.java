package app.goalpost.collab.session;

import app.goalpost.collab.LiveBus;
import app.goalpost.collab.LiveEvent;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts committed session changes on the live bus ({@code SESSION} topic, stamped with the writer's agency, never
 * taken from the event), and remembers the scenarios saved or adopted while a session runs in the workspace.
 */
@Component
class SessionEventRelay {

    private final LiveBus bus;
    private final GoalSessionService sessions;

    SessionEventRelay(LiveBus bus, GoalSessionService sessions) {
        this.bus = bus;
        this.sessions = sessions;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onSessionChanged(SessionChanged change) {
        TenantContext.currentAgency().ifPresent(agency -> bus.publish(new LiveEvent(agency,
                change.workspaceId().value(), LiveEvent.Topic.SESSION, change.kind().name(), change.sessionIdValue(),
                change.actorUserId(), change.detail())));
    }

    /** A scenario saved or adopted during a session is part of its record (in its own transaction, after commit). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onWorkspaceChanged(WorkspaceChanged change) {
        if ((change.kind() == ChangeKind.SCENARIO || change.kind() == ChangeKind.PLAN_ADOPTED)
                && TenantContext.currentAgency().isPresent()) {
            sessions.scenarioChanged(change.workspaceId(), change.subjectId(),
                    change.kind() == ChangeKind.PLAN_ADOPTED);
        }
    }
}
