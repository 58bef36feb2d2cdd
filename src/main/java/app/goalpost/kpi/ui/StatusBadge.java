package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiKind;
import app.goalpost.planning.pacing.PacingStatus;
import com.vaadin.flow.component.html.Span;

/**
 * A KPI's status as a coloured badge, worded for its kind: an outcome is ahead, on track or behind; a budget is
 * under, on or over budget; a cost is below, on or above target. Colours follow what is good for that kind.
 */
class StatusBadge extends Span {

    StatusBadge(PacingStatus status, KpiKind kind) {
        setText(getTranslation(key(status, kind)));
        addClassNames("gp-status", "gp-status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        getElement().getThemeList().add(switch (KpiFormat.tone(status, kind)) {
            case GOOD -> "badge success";
            case NEUTRAL -> "badge";
            case BAD -> "badge error";
            case NONE -> "badge contrast";
        });
    }

    static String key(PacingStatus status, KpiKind kind) {
        return switch (status) {
            case AHEAD, ON_TRACK, BEHIND -> kind == KpiKind.OUTCOME ? "kpi.status." + status.name()
                    : "kpi.status." + kind.name() + "." + status.name();
            case NO_DATA, NOT_STARTED -> "kpi.status." + status.name();
        };
    }
}
