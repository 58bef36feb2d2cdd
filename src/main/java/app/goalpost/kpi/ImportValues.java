package app.goalpost.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * Reads dates and numbers as agencies' spreadsheets write them, whatever the user's locale: ISO dates
 * (2026-03-31) and day-first dates (31/03/2026, 31.03.2026; never month-first, which would be ambiguous);
 * numbers with a decimal point or comma and optional thousands separators (1 234,5 · 1,234.5 · 1234.5).
 */
public final class ImportValues {

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private ImportValues() {
    }

    public static Optional<LocalDate> date(String text) {
        String t = text == null ? "" : text.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(t, f));
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        return Optional.empty();
    }

    public static Optional<BigDecimal> number(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("'", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        int comma = t.lastIndexOf(',');
        int dot = t.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            // the last of the two separators is the decimal one; the other groups thousands
            t = comma > dot ? t.replace(".", "").replace(',', '.') : t.replace(",", "");
        } else if (comma >= 0) {
            t = t.indexOf(',') == comma ? t.replace(',', '.') : t.replace(",", "");
        }
        try {
            BigDecimal value = new BigDecimal(t);
            return value.abs().compareTo(new BigDecimal("1000000000000")) < 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
