package app.goalpost.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A checked row of an import: either an error (i18n key and arguments, nothing of it will be written) or a
 * value to write, which is new or replaces the existing value of that KPI on that day.
 */
public record ImportRow(int line, String dateText, String kpiName, String valueText, LocalDate date, Long kpiId,
        BigDecimal value, BigDecimal existing, String errorKey, Object[] errorArgs) {

    public boolean isError() {
        return errorKey != null;
    }

    public boolean replaces() {
        return !isError() && existing != null;
    }

    static ImportRow error(RawRow raw, String key, Object... args) {
        return new ImportRow(raw.line(), raw.date(), raw.kpi(), raw.value(), null, null, null, null, key, args);
    }
}
