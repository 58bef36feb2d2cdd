package app.goalpost.kpi;

import app.goalpost.kpi.internal.KpiActual;
import app.goalpost.kpi.internal.KpiActualRepository;
import app.goalpost.kpi.internal.KpiDefinition;
import app.goalpost.kpi.internal.KpiDefinitionRepository;
import app.goalpost.planning.DateRange;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Actuals of a workspace's KPIs: read by everyone with access, entered by staff and client contributors
 * (EDIT_PLAN). A KPI takes actuals for its period and for the same period last year (which shapes the seasonal
 * expected curve). One value per KPI and day: writing a day that has a value replaces it. Every write checks all
 * its input first and then writes in one transaction, so a refusal leaves nothing half-written.
 */
@Service
public class ActualsService {

    private final KpiDefinitionRepository kpis;
    private final KpiActualRepository actuals;
    private final WorkspaceAccess access;

    ActualsService(KpiDefinitionRepository kpis, KpiActualRepository actuals, WorkspaceAccess access) {
        this.kpis = kpis;
        this.actuals = actuals;
        this.access = access;
    }

    /** Daily actuals of a KPI within a range (its period, or last year's), by date. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ActualEntry> list(long workspaceId, long kpiId, DateRange range) {
        access.require(workspaceId, WorkspacePermission.VIEW);
        find(workspaceId, kpiId);
        return actuals.findByKpiIdAndActualDateBetweenOrderByActualDateAsc(kpiId, range.start(), range.end())
                .stream().map(a -> new ActualEntry(a.getActualDate(), a.getAmount())).toList();
    }

    /**
     * Saves edited grid rows. DAY: each key is a day. WEEK: each key is a week's last day (Sunday, or the
     * range's end); the week's value replaces every value of that week, dated on that day. An empty value
     * removes the day's (week's) values.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void save(long workspaceId, long kpiId, Granularity granularity, Map<LocalDate, Optional<BigDecimal>> rows) {
        access.require(workspaceId, WorkspacePermission.EDIT_PLAN);
        KpiDefinition kpi = find(workspaceId, kpiId);
        Map<LocalDate, Optional<BigDecimal>> checked = new HashMap<>();
        for (var row : rows.entrySet()) {
            LocalDate date = row.getKey();
            if (allowedRange(kpi, date).isEmpty()) {
                throw new InvalidInputException("actuals", "kpi.error.outOfPeriod", date);
            }
            Optional<BigDecimal> value = row.getValue().map(v -> checkValue(v, "actuals"));
            checked.put(date, value);
        }
        Map<LocalDate, KpiActual> current = new HashMap<>();
        if (granularity == Granularity.DAY && !checked.isEmpty()) {
            LocalDate min = checked.keySet().stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate max = checked.keySet().stream().max(LocalDate::compareTo).orElseThrow();
            actuals.findByKpiIdAndActualDateBetweenOrderByActualDateAsc(kpiId, min, max)
                    .forEach(a -> current.put(a.getActualDate(), a));
        }
        for (var row : checked.entrySet()) {
            LocalDate date = row.getKey();
            if (granularity == Granularity.WEEK) {
                DateRange range = allowedRange(kpi, date).orElseThrow();
                LocalDate monday = date.with(DayOfWeek.MONDAY);
                actuals.deleteInRange(kpiId, monday.isBefore(range.start()) ? range.start() : monday, date);
                row.getValue().ifPresent(v -> actuals.save(new KpiActual(workspaceId, kpiId, date, v)));
            } else {
                Optional<KpiActual> existing = Optional.ofNullable(current.get(date));
                if (row.getValue().isEmpty()) {
                    existing.ifPresent(actuals::delete);
                } else if (existing.isPresent()) {
                    existing.get().setAmount(row.getValue().get());
                } else {
                    actuals.save(new KpiActual(workspaceId, kpiId, date, row.getValue().get()));
                }
            }
        }
    }

    /**
     * Checks imported rows against the workspace without writing anything: dates, KPI names (active KPIs,
     * case-insensitive), values, duplicates within the file and values they would replace. With
     * {@code intoKpi} (pasting into one KPI) the rows' KPI column is ignored.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ImportPreview preview(long workspaceId, List<RawRow> rows, Optional<Long> intoKpi) {
        access.require(workspaceId, WorkspacePermission.EDIT_PLAN);
        Map<String, KpiDefinition> byName = new HashMap<>();
        Optional<KpiDefinition> target = intoKpi.map(id -> find(workspaceId, id));
        if (target.isEmpty()) {
            kpis.findByWorkspaceIdAndArchivedFalseOrderByNameAsc(workspaceId)
                    .forEach(k -> byName.put(k.getName().toLowerCase(Locale.ROOT), k));
        }
        List<ImportRow> checked = new ArrayList<>(rows.size());
        Map<String, Integer> firstLine = new HashMap<>();
        LocalDate min = null;
        LocalDate max = null;
        for (RawRow raw : rows) {
            Optional<LocalDate> date = ImportValues.date(raw.date());
            KpiDefinition kpi = target.orElseGet(() -> byName.get(raw.kpi().strip().toLowerCase(Locale.ROOT)));
            Optional<BigDecimal> value = ImportValues.number(raw.value());
            ImportRow row;
            if (date.isEmpty()) {
                row = ImportRow.error(raw, "kpi.import.badDate", raw.date());
            } else if (kpi == null) {
                row = ImportRow.error(raw, raw.kpi().isBlank() ? "kpi.import.noKpi" : "kpi.import.unknownKpi",
                        raw.kpi());
            } else if (value.isEmpty()) {
                row = ImportRow.error(raw, "kpi.import.badValue", raw.value());
            } else if (value.get().signum() < 0) {
                row = ImportRow.error(raw, "kpi.error.negative");
            } else if (allowedRange(kpi, date.get()).isEmpty()) {
                row = ImportRow.error(raw, "kpi.import.outOfPeriod", kpi.getName());
            } else {
                Integer first = firstLine.putIfAbsent(kpi.getId() + "@" + date.get(), raw.line());
                if (first != null) {
                    row = ImportRow.error(raw, "kpi.import.duplicate", first);
                } else {
                    row = new ImportRow(raw.line(), raw.date(), kpi.getName(), raw.value(), date.get(), kpi.getId(),
                            value.get().setScale(Math.min(4, Math.max(0, value.get().scale())), RoundingMode.HALF_UP),
                            null, null, null);
                    min = min == null || date.get().isBefore(min) ? date.get() : min;
                    max = max == null || date.get().isAfter(max) ? date.get() : max;
                }
            }
            checked.add(row);
        }
        if (min == null) {
            return new ImportPreview(checked);
        }
        Map<String, BigDecimal> existing = new HashMap<>();
        actuals.pointsInWindow(workspaceId, min, max)
                .forEach(p -> existing.put(p.kpiId() + "@" + p.date(), p.amount()));
        return new ImportPreview(checked.stream().map(r -> r.isError() ? r
                : new ImportRow(r.line(), r.dateText(), r.kpiName(), r.valueText(), r.date(), r.kpiId(), r.value(),
                        existing.get(r.kpiId() + "@" + r.date()), null, null)).toList());
    }

    /** Writes checked rows, all or nothing: refused while any row has an error. Returns the rows written. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public int importRows(long workspaceId, List<RawRow> rows, Optional<Long> intoKpi) {
        ImportPreview preview = preview(workspaceId, rows, intoKpi);
        if (!preview.canImport()) {
            throw new InvalidInputException("file", "kpi.import.hasErrors", preview.errors());
        }
        LocalDate min = preview.rows().stream().map(ImportRow::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate max = preview.rows().stream().map(ImportRow::date).max(LocalDate::compareTo).orElseThrow();
        Map<String, KpiActual> existing = new HashMap<>();
        actuals.findInWindow(workspaceId, min, max).forEach(a -> existing.put(a.getKpiId() + "@" + a.getActualDate(), a));
        List<KpiActual> fresh = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            KpiActual current = existing.get(row.kpiId() + "@" + row.date());
            if (current != null) {
                current.setAmount(row.value());
            } else {
                fresh.add(new KpiActual(workspaceId, row.kpiId(), row.date(), row.value()));
            }
        }
        actuals.saveAll(fresh);
        return preview.rows().size();
    }

    /** The KPI's period, or the same period last year, containing the date. */
    static Optional<DateRange> allowedRange(KpiDefinition kpi, LocalDate date) {
        DateRange period = DateRange.of(kpi.getPeriodStart(), kpi.getPeriodEnd());
        if (period.contains(date)) {
            return Optional.of(period);
        }
        DateRange lastYear = period.minusYears(1);
        return lastYear.contains(date) ? Optional.of(lastYear) : Optional.empty();
    }

    private static BigDecimal checkValue(BigDecimal value, String field) {
        if (value.signum() < 0) {
            throw new InvalidInputException(field, "kpi.error.negative");
        }
        if (value.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
            throw new InvalidInputException(field, "kpi.error.tooLarge");
        }
        return value.setScale(Math.min(4, Math.max(0, value.scale())), RoundingMode.HALF_UP);
    }

    private KpiDefinition find(long workspaceId, long kpiId) {
        return kpis.findByIdAndWorkspaceId(kpiId, workspaceId).orElseThrow(WorkspaceNotFoundException::new);
    }
}
