package app.goalpost.report;

import app.goalpost.workspace.WorkspaceNotFoundException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers: a calendar month or an ISO week (Monday to Sunday), in the workspace's days. Its key
 * ({@code 2026-11}, {@code 2026-W47}) is what the URL and the delivery log carry.
 */
public record ReportPeriod(Kind kind, LocalDate start, LocalDate end) {

    public enum Kind { WEEK, MONTH }

    private static final Pattern WEEK_KEY = Pattern.compile("^(\\d{4})-W(\\d{2})$");

    public static ReportPeriod month(YearMonth month) {
        return new ReportPeriod(Kind.MONTH, month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod containing(Kind kind, LocalDate day) {
        if (kind == Kind.MONTH) {
            return month(YearMonth.from(day));
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new ReportPeriod(Kind.WEEK, monday, monday.plusDays(6));
    }

    /** The last complete period before the one containing {@code today}: what a scheduled delivery sends. */
    public static ReportPeriod lastComplete(Kind kind, LocalDate today) {
        return containing(kind, today).previous();
    }

    /** Parses a key; anything else answers like a missing page. */
    public static ReportPeriod parse(String key) {
        Matcher week = WEEK_KEY.matcher(key);
        try {
            if (week.matches()) {
                int year = Integer.parseInt(week.group(1));
                int number = Integer.parseInt(week.group(2));
                LocalDate day = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number);
                ReportPeriod period = containing(Kind.WEEK, day);
                if (!period.key().equals(key)) {
                    throw new WorkspaceNotFoundException();
                }
                return period;
            }
            return month(YearMonth.parse(key));
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new WorkspaceNotFoundException();
        }
    }

    /** The most recent {@code count} periods of a kind, the current one first. */
    public static List<ReportPeriod> recent(Kind kind, LocalDate today, int count) {
        List<ReportPeriod> out = new ArrayList<>(count);
        ReportPeriod p = containing(kind, today);
        for (int i = 0; i < count; i++) {
            out.add(p);
            p = p.previous();
        }
        return out;
    }

    public ReportPeriod previous() {
        return containing(kind, start.minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }

    public String key() {
        if (kind == Kind.MONTH) {
            return YearMonth.from(start).toString();
        }
        return String.format("%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
