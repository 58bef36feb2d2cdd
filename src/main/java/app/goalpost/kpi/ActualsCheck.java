package app.goalpost.kpi;

import app.goalpost.kpi.internal.KpiDefinition;
import app.goalpost.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The checks of one import, row by row as the rows stream past: date, KPI name (active KPIs, case-insensitive),
 * value, the KPI's periods, and duplicates within the file (remembered compactly in {@link DayKeys}). The preview
 * and the write run the same checks, so what the preview accepted is exactly what is written.
 */
final class ActualsCheck {

    /** Far above a real import (issue: several years × several workspaces); keeps the duplicate check ≤ 48 MB. */
    static final int MAX_ROWS = 2_000_000;

    private final Map<String, KpiDefinition> byName = new HashMap<>();
    private final Optional<KpiDefinition> target;
    private final Map<Long, Integer> index = new HashMap<>();
    private final DayKeys seen = new DayKeys();
    private long total;

    ActualsCheck(List<KpiDefinition> active, Optional<KpiDefinition> target) {
        this.target = target;
        target.ifPresentOrElse(k -> index.put(k.getId(), 0), () -> active.forEach(k -> {
            byName.put(k.getName().toLowerCase(Locale.ROOT), k);
            index.put(k.getId(), index.size());
        }));
    }

    /** The index of a KPI of this import (for {@link DayKeys#key}), or null when the KPI is not part of it. */
    Integer index(long kpiId) {
        return index.get(kpiId);
    }

    long total() {
        return total;
    }

    /** The dates any accepted row can have: from the earliest period's last year to the latest period's end. */
    Optional<LocalDate[]> window() {
        List<KpiDefinition> kpis = target.map(List::of).orElseGet(() -> List.copyOf(byName.values()));
        return kpis.stream().map(KpiDefinition::getPeriodStart).min(LocalDate::compareTo)
                .map(min -> new LocalDate[] {min.minusYears(1),
                    kpis.stream().map(KpiDefinition::getPeriodEnd).max(LocalDate::compareTo).orElseThrow()});
    }

    ImportRow check(RawRow raw) {
        if (++total > MAX_ROWS) {
            throw new InvalidInputException("file", "kpi.import.tooManyRows", MAX_ROWS);
        }
        Optional<LocalDate> date = ImportValues.date(raw.date());
        KpiDefinition kpi = target.orElseGet(() -> byName.get(raw.kpi().strip().toLowerCase(Locale.ROOT)));
        Optional<BigDecimal> value = ImportValues.number(raw.value());
        if (date.isEmpty()) {
            return ImportRow.error(raw, "kpi.import.badDate", raw.date());
        }
        if (kpi == null) {
            return ImportRow.error(raw, raw.kpi().isBlank() ? "kpi.import.noKpi" : "kpi.import.unknownKpi", raw.kpi());
        }
        if (value.isEmpty()) {
            return ImportRow.error(raw, "kpi.import.badValue", raw.value());
        }
        if (value.get().signum() < 0) {
            return ImportRow.error(raw, "kpi.error.negative");
        }
        if (ActualsService.allowedRange(kpi, date.get()).isEmpty()) {
            return ImportRow.error(raw, "kpi.import.outOfPeriod", kpi.getName());
        }
        int first = seen.putIfAbsent(DayKeys.key(index.get(kpi.getId()), date.get()), raw.line());
        if (first >= 0) {
            return ImportRow.error(raw, "kpi.import.duplicate", first);
        }
        return new ImportRow(raw.line(), raw.date(), kpi.getName(), raw.value(), date.get(), kpi.getId(),
                value.get().setScale(Math.min(4, Math.max(0, value.get().scale())), RoundingMode.HALF_UP),
                null, null, null);
    }

    long key(ImportRow valid) {
        return DayKeys.key(index.get(valid.kpiId()), valid.date());
    }
}
