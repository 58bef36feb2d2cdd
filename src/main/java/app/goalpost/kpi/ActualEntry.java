package app.goalpost.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One actual of a KPI: the value on a day (or a week's value dated on the week's last day). */
public record ActualEntry(LocalDate date, BigDecimal value) {

    public ActualEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        // canonical scale, so 10.0000 from a DECIMAL(19,4) column equals the 10 a user typed
        value = value.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
    }
}
