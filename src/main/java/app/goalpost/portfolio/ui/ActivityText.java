package app.goalpost.portfolio.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * "Last activity" as the reader thinks of it: relative while it is recent ("2 h ago", "yesterday"), then the day
 * in the reader's own time zone and locale. The zone is the browser's (Vaadin's client details); a UI that has not
 * reported one (a test, a client that refused the details) reads UTC, which only moves the absolute dates.
 */
final class ActivityText {

    private static final Duration RELATIVE_FOR = Duration.ofDays(7);

    private final Locale locale;
    private final ZoneId zone;
    private final BiFunction<String, Object[], String> translate;

    ActivityText(Locale locale, ZoneId zone, BiFunction<String, Object[], String> translate) {
        this.locale = locale;
        this.zone = zone;
        this.translate = translate;
    }

    /** The zone the browser reported for this UI, else UTC. */
    static ZoneId zoneOf(UI ui) {
        ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
        String id = details == null ? null : details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC; // a browser zone name the JDK does not know
        }
    }

    String label(Instant at, Instant now) {
        Duration ago = Duration.between(at, now);
        if (ago.isNegative() || ago.compareTo(Duration.ofMinutes(1)) < 0) {
            return t("portfolio.activity.now");
        }
        if (ago.compareTo(Duration.ofHours(1)) < 0) {
            return t("portfolio.activity.minutes", ago.toMinutes());
        }
        if (ago.compareTo(Duration.ofDays(1)) < 0) {
            return t("portfolio.activity.hours", ago.toHours());
        }
        if (ago.compareTo(RELATIVE_FOR) < 0) {
            // whole calendar days in the reader's zone: 23:00 yesterday seen at 08:00 is "yesterday"
            long days = java.time.temporal.ChronoUnit.DAYS.between(at.atZone(zone).toLocalDate(),
                    now.atZone(zone).toLocalDate());
            return t("portfolio.activity.days", Math.max(1, days));
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(at.atZone(zone));
    }

    /** The exact moment, for the tooltip. */
    String exact(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private String t(String key, Object... params) {
        return translate.apply(key, params);
    }
}
