package app.goalpost.planning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A period of whole days, both ends inclusive (docs/method.md: KPI period = [start, end]). */
public record DateRange(LocalDate start, LocalDate end) {

    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    public static DateRange of(LocalDate start, LocalDate end) {
        return new DateRange(start, end);
    }

    /** Number of days, counting both ends (a one-day period has 1). */
    public int days() {
        return (int) (ChronoUnit.DAYS.between(start, end) + 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /**
     * The same period one year earlier. A range that ends on the last day of its month keeps ending on the last
     * day of the month, so Feb 2025 maps to Feb 2024 including the 29th (seasonal comparisons use whole months).
     */
    public DateRange minusYears(int years) {
        LocalDate s = start.minusYears(years);
        LocalDate e = end.minusYears(years);
        if (end.getDayOfMonth() == end.lengthOfMonth()) {
            e = e.withDayOfMonth(e.lengthOfMonth());
        }
        return new DateRange(s, e);
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + "]";
    }
}
