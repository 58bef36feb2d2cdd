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

    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private ImportValues() {
    }

    /**
     * 2026-03-31 read digit by digit: a million-row import spends most of its CPU on dates, and a formatter that
     * fails by exception is slow. Anything else goes to the formatters (which also validate the calendar).
     */
    private static Optional<LocalDate> isoDate(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return Optional.empty();
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static int digits(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** Digits with at most one inner decimal point, up to 20 characters. */
    private static boolean plainDecimal(String t) {
        int n = t.length();
        if (n == 0 || n > 20 || t.charAt(0) == '.' || t.charAt(n - 1) == '.') {
            return false;
        }
        boolean dot = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '.') {
                if (dot) {
                    return false;
                }
                dot = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public static Optional<LocalDate> date(String text) {
        String t = text == null ? "" : text.strip();
        Optional<LocalDate> iso = isoDate(t);
        if (iso.isPresent()) {
            return iso;
        }
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
        if (plainDecimal(text)) {
            // the common case of a large import (123 or 123.45): no clean-up needed
            BigDecimal value = new BigDecimal(text);
            return value.compareTo(LIMIT) < 0 ? Optional.of(value) : Optional.empty();
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
            return value.abs().compareTo(LIMIT) < 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
