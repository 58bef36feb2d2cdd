package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiKind;
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

    /** Whether a status is good news for this kind of KPI: spending under the plan is no win for a budget. */
    enum Tone { GOOD, NEUTRAL, BAD, NONE }

    static Tone tone(PacingStatus status, KpiKind kind) {
        return switch (status) {
            case AHEAD -> kind == KpiKind.BUDGET ? Tone.NEUTRAL : Tone.GOOD;
            case ON_TRACK -> kind == KpiKind.BUDGET ? Tone.GOOD : Tone.NEUTRAL;
            case BEHIND -> Tone.BAD;
            case NOT_STARTED, NO_DATA -> Tone.NONE;
        };
    }

    /** Status colours, also used on the canvas where CSS variables do not reach (styles.css has the same). */
    static String colour(PacingStatus status, KpiKind kind) {
        return switch (tone(status, kind)) {
            case GOOD -> "#1a7f37";
            case NEUTRAL -> "#1565c0";
            case BAD -> "#c62828";
            case NONE -> "#6b7280";
        };
    }
}
