package app.goalpost.funnel;

import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.ChangeSubjectNames;
import app.goalpost.workspace.WorkspaceId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Names the baseline or stage of a funnel change (the live note of open pages). */
@Component
class FunnelChangeNames implements ChangeSubjectNames {

    private final FunnelService funnels;

    FunnelChangeNames(FunnelService funnels) {
        this.funnels = funnels;
    }

    @Override
    public Optional<String> name(WorkspaceId workspaceId, ChangeKind kind, long subjectId) {
        if (subjectId <= 0) {
            return Optional.empty();
        }
        try {
            return switch (kind) {
                case BASELINE -> Optional.of(funnels.baseline(workspaceId, new BaselineId(subjectId)).name());
                case STAGES -> funnels.stages(workspaceId).stream().filter(s -> s.id() == subjectId)
                        .map(StageInfo::name).findFirst();
                default -> Optional.empty();
            };
        } catch (RuntimeException gone) {
            return Optional.empty();
        }
    }
}
