package app.goalpost.report;

import app.goalpost.shared.i18n.GoalpostI18NProvider;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A report period as a reader names it in a mail subject: "November 2026" / "Novembre 2026", "Week 48, 2026" /
 * "Semaine 48, 2026" (ISO weeks, as the period key), never the key itself.
 */
public final class PeriodLabel {

    private PeriodLabel() {
    }

    public static String of(ReportPeriod period, Locale language) {
        if (period.kind() == ReportPeriod.Kind.MONTH) {
            String month = DateTimeFormatter.ofPattern("LLLL yyyy", language).format(period.start());
            return Character.toUpperCase(month.charAt(0)) + month.substring(1);
        }
        String key = period.key(); // 2026-W48
        return GoalpostI18NProvider.translate("report.mail.week", language, key.substring(6), key.substring(0, 4));
    }
}
