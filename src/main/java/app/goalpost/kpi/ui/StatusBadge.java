package app.goalpost.kpi.ui;

import app.goalpost.planning.pacing.PacingStatus;
import com.vaadin.flow.component.html.Span;

/** A KPI's status as a coloured badge: ahead, on track, behind, no actuals yet, not started. */
class StatusBadge extends Span {

    StatusBadge(PacingStatus status) {
        setText(getTranslation("kpi.status." + status.name()));
        addClassNames("gp-status", "gp-status-" + status.name().toLowerCase(java.util.Locale.ROOT));
        getElement().getThemeList().add(switch (status) {
            case AHEAD -> "badge success";
            case ON_TRACK -> "badge";
            case BEHIND -> "badge error";
            case NO_DATA, NOT_STARTED -> "badge contrast";
        });
    }
}
