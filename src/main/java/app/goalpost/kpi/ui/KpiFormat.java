package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiSummary;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.shared.ui.Formats;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** A KPI's values as its unit reads: counts, money in the workspace currency, percentage points. */
record KpiFormat(Kpi.Unit unit, Currency currency, Locale locale) {

    static KpiFormat of(KpiSummary kpi, Currency currency, Locale locale) {
        return new KpiFormat(kpi.unit(), currency, locale);
    }

    String value(double v) {
        return switch (unit) {
            case COUNT -> Formats.number(v, Math.abs(v) >= 100 ? 0 : 1, locale);
            case MONEY -> Formats.money(BigDecimal.valueOf(v), currency, locale);
            // stored in percent points (3.19); written by the same formatter as every other percentage
            case PERCENT -> Formats.percent(v / 100, 2, locale);
        };
    }

    String value(BigDecimal v) {
        return value(v.doubleValue());
    }

    /** A share of the goal or the period (0.4 → 40 %). */
    String share(double ratio) {
        return Formats.percent(ratio, Math.abs(ratio) < 10 ? 1 : 0, locale);
    }

    /** Status colours, also used on the canvas where CSS variables do not reach (styles.css has the same). */
    static String colour(PacingStatus status) {
        return switch (status) {
            case AHEAD -> "#1a7f37";
            case ON_TRACK -> "#1565c0";
            case BEHIND -> "#c62828";
            case NOT_STARTED, NO_DATA -> "#6b7280";
        };
    }
}
