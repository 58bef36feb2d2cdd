package app.goalpost.scenario.ui;

import app.goalpost.history.Revision;
import app.goalpost.history.RevisionLog;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import app.goalpost.shared.ui.HistoryTable;
import app.goalpost.workspace.WorkspaceDetails;
import java.util.Locale;

/**
 * The scenario page's "History" section: changes of the scenario's goal and period and of the plan of record
 * (adopted, replaced), newest first, a page at a time.
 */
class ScenarioHistorySection extends HistoryTable {

    ScenarioHistorySection(ScenarioService scenarios, WorkspaceDetails w, ScenarioData scenario, Funnel funnel,
            Locale locale) {
        super("scenario-history", below -> scenarios.history(w.workspaceId(), new ScenarioId(scenario.id()), below)
                .stream().map(r -> row(r, funnel, locale)).toList(), RevisionLog.PAGE, w.timeZone());
    }

    private static Row row(Revision r, Funnel funnel, Locale locale) {
        String change = value(r, r.before(), funnel, locale) + " → " + value(r, r.after(), funnel, locale);
        String who = r.changedBy().orElseGet(() -> text("history.source." + r.source().name(), locale));
        String why = switch (r.source()) {
            case PLAN -> text("history.reason.plan", locale, r.reason());
            case API -> r.reason().isEmpty() ? text("history.reason.api", locale) : r.reason();
            case SYSTEM -> r.reason().isEmpty() ? text("history.reason.system", locale) : r.reason();
            case USER -> r.reason();
        };
        return new Row(r.id(), r.changedAt(), text("history.field." + r.field().name(), locale), change, who, why);
    }

    private static String value(Revision r, String stored, Funnel funnel, Locale locale) {
        if (stored.isEmpty()) {
            return text("history.value.none", locale);
        }
        return switch (r.field()) {
            case PERIOD -> period(stored, locale);
            case GOAL -> goal(stored, funnel, locale);
            default -> stored;
        };
    }

    /** A stored {@code KIND|stage|amount|deal} goal in words: "Absolute number: 500 (Leads)". */
    private static String goal(String stored, Funnel funnel, Locale locale) {
        String[] p = app.goalpost.scenario.ScenarioGoalText.parts(stored);
        if (p.length < 4) {
            return stored;
        }
        int stage = Integer.parseInt(p[1]);
        String stageName = stage >= 0 && stage < funnel.size() ? funnel.stage(stage).name() : "#" + (stage + 1);
        String value = text("history.goal.value", locale, text("scenario.goalKind." + p[0], locale), p[2], stageName);
        return p[3].isEmpty() ? value : value + ", " + text("history.goal.deal", locale, p[3]);
    }

    private static String text(String key, Locale locale, Object... args) {
        return GoalpostI18NProvider.translate(key, locale, args);
    }
}
