package app.goalpost.planning.pacing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One actual: for cumulative KPIs the amount booked on that date (a daily figure, or a weekly figure dated on
 * the week's last day); for level KPIs the value measured on that date.
 */
public record DatedValue(LocalDate date, double value) {

    public DatedValue {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value must be finite: " + value);
        }
    }
}
