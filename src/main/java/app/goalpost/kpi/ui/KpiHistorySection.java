package app.goalpost.kpi.ui;

import app.goalpost.history.Revision;
import app.goalpost.history.RevisionLog;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.shared.ui.Formats;
import app.goalpost.shared.ui.HistoryTable;
import app.goalpost.workspace.WorkspaceDetails;
import java.math.BigDecimal;
import java.util.Locale;

/** The KPI page's "History" section: its target, period and tolerance changes, newest first, a page at a time. */
class KpiHistorySection extends HistoryTable {

    KpiHistorySection(KpiService kpis, WorkspaceDetails w, KpiSummary kpi, Locale locale) {
        super("kpi-history", below -> kpis.history(w.workspaceId(), new KpiId(kpi.id()), below).stream()
                .map(r -> row(r, KpiFormat.of(kpi, w.currency(), locale), locale)).toList(), RevisionLog.PAGE,
                w.timeZone());
    }

    private static Row row(Revision r, KpiFormat format, Locale locale) {
        String change = value(r, r.before(), format, locale) + " → " + value(r, r.after(), format, locale);
        return new Row(r.id(), r.changedAt(), text("history.field." + r.field().name(), locale), change,
                who(r, locale), why(r, locale));
    }

    private static String value(Revision r, String stored, KpiFormat format, Locale locale) {
        if (stored.isEmpty()) {
            return text("history.value.none", locale);
        }
        return switch (r.field()) {
            case TARGET -> format.value(new BigDecimal(stored));
            case TOLERANCE -> "±" + Formats.percent(new BigDecimal(stored).doubleValue(), 2, locale);
            case PERIOD -> period(stored, locale);
            default -> stored;
        };
    }

    static String who(Revision r, Locale locale) {
        return r.changedBy().orElseGet(() -> text("history.source." + r.source().name(), locale));
    }

    static String why(Revision r, Locale locale) {
        return switch (r.source()) {
            case PLAN -> text("history.reason.plan", locale, r.reason());
            case API -> r.reason().isEmpty() ? text("history.reason.api", locale) : r.reason();
            case SYSTEM -> r.reason().isEmpty() ? text("history.reason.system", locale) : r.reason();
            case USER -> r.reason();
        };
    }

    private static String text(String key, Locale locale, Object... args) {
        return app.goalpost.shared.i18n.GoalpostI18NProvider.translate(key, locale, args);
    }
}
