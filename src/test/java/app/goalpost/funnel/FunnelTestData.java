package app.goalpost.funnel;

import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.workspace.WorkspaceId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The worked example of docs/method.md as a baseline form on a workspace's default stages. */
public final class FunnelTestData {

    public static final long[] VOLUMES = {20_000, 600, 150, 90, 45, 18};

    private FunnelTestData() {
    }

    /** Creates the default stages (when missing) and the worked-example baseline; returns the baseline id. */
    public static long workedExample(FunnelService funnels, long workspaceId) {
        if (funnels.stages(new WorkspaceId(workspaceId)).isEmpty()) {
            funnels.useDefaultStages(new WorkspaceId(workspaceId));
        }
        return funnels.createBaseline(new WorkspaceId(workspaceId), form(funnels.stages(new WorkspaceId(workspaceId)),
                "Q3 2026"));
    }

    public static BaselineForm form(List<StageInfo> stages, String name) {
        List<BaselineRow> rows = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageInfo s = stages.get(i);
            rows.add(new BaselineRow(s.id(), s.name(), s.benchmarkKey(), BigDecimal.valueOf(VOLUMES[i]),
                    i == 0 ? Optional.of(new BigDecimal("10000")) : Optional.empty()));
        }
        return new BaselineForm(name, BaselineMethod.OWN_PREVIOUS_PERIOD, LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 9, 30), Optional.empty(), Optional.empty(), rows);
    }
}
