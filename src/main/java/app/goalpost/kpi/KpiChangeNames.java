package app.goalpost.kpi;

import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.ChangeSubjectNames;
import app.goalpost.workspace.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names the KPI of a KPI, target or actuals change (the live note of open pages). */
@Component
class KpiChangeNames implements ChangeSubjectNames {

    private final KpiService kpis;

    KpiChangeNames(KpiService kpis) {
        this.kpis = kpis;
    }

    @Override
    public Optional<String> name(WorkspaceId workspaceId, ChangeKind kind, long subjectId) {
        if (subjectId <= 0 || (kind != ChangeKind.KPI && kind != ChangeKind.TARGET && kind != ChangeKind.ACTUALS)) {
            return Optional.empty();
        }
        try {
            return Optional.of(kpis.get(workspaceId, new KpiId(subjectId)).name());
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
    }
}
