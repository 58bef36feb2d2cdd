package app.goalpost.report;

import app.goalpost.report.internal.ReportChange;
import app.goalpost.report.internal.ReportChangeRepository;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the dated target changes the report's "what changed" lists. Listens inside the saving transaction (same
 * tenant, same commit): a target change is recorded exactly when it is saved.
 */
@Component
class ReportChangeRecorder {

    private final ReportChangeRepository changes;
    private final Clock clock;

    ReportChangeRecorder(ReportChangeRepository changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(WorkspaceChanged event) {
        if (event.kind() == ChangeKind.TARGET && event.subjectId() > 0) {
            changes.save(new ReportChange(event.workspaceId().value(), ChangeKind.TARGET, event.subjectId(),
                    clock.instant()));
        }
    }
}
