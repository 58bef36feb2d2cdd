package app.goalpost.funnel;

import app.goalpost.planning.funnel.BaselineMethod;
import java.util.List;
import java.util.Optional;

/**
 * What the funnel page shows, decided by {@link FunnelService#page}: the stages, the baselines to choose from,
 * the baseline method recommended for the workspace's company stage, the baseline on screen and the form to
 * edit (the baseline's, or for someone who may edit a new draft with the recommended method and its period).
 *
 * @param form empty when there is nothing to show in the grid (no stages, or a reader and no baseline)
 */
public record FunnelPage(List<StageInfo> stages, List<BaselineSummary> baselines, BaselineMethod recommended,
        Optional<BaselineData> baseline, Optional<BaselineForm> form, boolean editable) {

    public FunnelPage {
        stages = List.copyOf(stages);
        baselines = List.copyOf(baselines);
    }
}
