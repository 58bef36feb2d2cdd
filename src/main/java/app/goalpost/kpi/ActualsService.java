package app.goalpost.kpi;

import app.goalpost.kpi.internal.ActualPoint;
import app.goalpost.kpi.internal.ActualsWriter;
import app.goalpost.kpi.internal.KpiActual;
import app.goalpost.kpi.internal.KpiActualRepository;
import app.goalpost.kpi.internal.KpiDefinition;
import app.goalpost.kpi.internal.KpiDefinitionRepository;
import app.goalpost.planning.DateRange;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.sheet.SheetProgress;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ActualsWriter writer;
    private final ApplicationEventPublisher events;

    ActualsService(KpiDefinitionRepository kpis, KpiActualRepository actuals, WorkspaceAccess access,
            ActualsWriter writer, ApplicationEventPublisher events) {
        this.events = events;
        this.kpis = kpis;
        this.actuals = actuals;
        this.access = access;
        this.writer = writer;
    }

    /** Daily actuals of a KPI within a range (its period, or last year's), by date. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ActualEntry> list(WorkspaceId workspaceId, KpiId kpiId, DateRange range) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        find(workspaceId.value(), kpiId.value());
        return actuals.findByKpiIdAndActualDateBetweenOrderByActualDateAsc(kpiId.value(), range.start(), range.end())
                .stream().map(a -> new ActualEntry(a.getActualDate(), a.getAmount())).toList();
    }

    /**
     * Saves edited grid rows. DAY: each key is a day. WEEK: each key is a week's last day (Sunday, or the
     * range's end); the week's value replaces every value of that week, dated on that day. An empty value
     * removes the day's (week's) values.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void save(WorkspaceId workspaceId, KpiId kpiId, Granularity granularity, Map<LocalDate,
            Optional<BigDecimal>> rows) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        KpiDefinition kpi = find(workspaceId.value(), kpiId.value());
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
            actuals.findByKpiIdAndActualDateBetweenOrderByActualDateAsc(kpiId.value(), min, max)
                    .forEach(a -> current.put(a.getActualDate(), a));
        }
        for (var row : checked.entrySet()) {
            LocalDate date = row.getKey();
            if (granularity == Granularity.WEEK) {
                DateRange range = allowedRange(kpi, date).orElseThrow();
                LocalDate monday = date.with(DayOfWeek.MONDAY);
                actuals.deleteInRange(kpiId.value(), monday.isBefore(range.start()) ? range.start() : monday, date);
                row.getValue().ifPresent(v -> actuals.save(new KpiActual(workspaceId.value(), kpiId.value(), date, v)));
            } else {
                Optional<KpiActual> existing = Optional.ofNullable(current.get(date));
                if (row.getValue().isEmpty()) {
                    existing.ifPresent(actuals::delete);
                } else if (existing.isPresent()) {
                    existing.get().setAmount(row.getValue().get());
                } else {
                    actuals.save(new KpiActual(workspaceId.value(), kpiId.value(), date, row.getValue().get()));
                }
            }
        }
        if (!checked.isEmpty()) {
            events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.ACTUALS, kpiId.value()));
        }
    }

    /**
     * Checks imported rows against the workspace without writing anything: dates, KPI names (active KPIs,
     * case-insensitive), values, duplicates within the file and values they would replace. With
     * {@code intoKpi} (pasting into one KPI) the rows' KPI column is ignored.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ActualsPreview preview(WorkspaceId workspaceId, Optional<KpiId> intoKpi, List<RawRow> rows) {
        return preview(workspaceId, intoKpi, ActualsSource.of(rows), SheetProgress.NONE);
    }

    /**
     * The same for rows streamed from a file of any size: memory grows with the rows shown (at most
     * {@link ActualsPreview#SHOWN} errors and values) and with the compact duplicate check, not with the file.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ActualsPreview preview(WorkspaceId workspaceId, Optional<KpiId> intoKpi, ActualsSource source,
            SheetProgress progress) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        ActualsCheck check = check(workspaceId.value(), intoKpi.map(KpiId::value));
        DayKeys existing = new DayKeys();
        forEachExisting(workspaceId.value(), check, (key, amount) -> existing.putIfAbsent(key, 0));
        List<ImportRow> shown = new ArrayList<>();
        Map<Long, Integer> shownReplacing = new HashMap<>();
        long[] counts = new long[4]; // errors, replacing, errors shown, values shown
        source.forEach(progress, raw -> {
            ImportRow row = check.check(raw);
            if (row.isError()) {
                counts[0]++;
                if (counts[2]++ < ActualsPreview.SHOWN) {
                    shown.add(row);
                }
                return;
            }
            boolean replaces = existing.contains(check.key(row));
            counts[1] += replaces ? 1 : 0;
            if (counts[3]++ < ActualsPreview.SHOWN) {
                if (replaces) {
                    shownReplacing.put(check.key(row), shown.size());
                }
                shown.add(row);
            }
        });
        if (!shownReplacing.isEmpty()) {
            // the values a shown row replaces: a second walk, keeping only those few
            forEachExisting(workspaceId.value(), check, (key, amount) -> {
                Integer at = shownReplacing.get(key);
                if (at != null) {
                    ImportRow r = shown.get(at);
                    shown.set(at, new ImportRow(r.line(), r.dateText(), r.kpiName(), r.valueText(), r.date(),
                            r.kpiId(), r.value(), amount, null, null));
                }
            });
        }
        return new ActualsPreview(shown, check.total(), counts[0], counts[1]);
    }

    /** Writes checked rows, all or nothing: refused while any row has an error. Returns the rows written. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public int importRows(WorkspaceId workspaceId, Optional<KpiId> intoKpi, List<RawRow> rows) {
        return importRows(workspaceId, intoKpi, ActualsSource.of(rows), SheetProgress.NONE);
    }

    /**
     * Writes streamed rows in one transaction, {@value ActualsWriter#CHUNK} rows per statement, reading the next
     * chunks while one is written ({@link ImportPipeline}). The rows are
     * checked again as they are written (the file is the one the preview checked, but the KPIs may have changed
     * since); after the first error nothing more is written and the refusal rolls back what was. Cancelling
     * rolls back too. Memory: the duplicate check (about 24 bytes a row) and at most five chunks.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public int importRows(WorkspaceId workspaceId, Optional<KpiId> intoKpi, ActualsSource source,
            SheetProgress progress) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        ActualsCheck check = check(workspaceId.value(), intoKpi.map(KpiId::value));
        long[] errors = {0};
        // the reader thread only parses and checks (pure, no session); the writes stay in this transaction
        long written = ImportPipeline.<ActualsWriter.Value>run(values -> source.forEach(progress, raw -> {
            ImportRow row = check.check(raw);
            if (row.isError()) {
                errors[0]++;
            } else if (errors[0] == 0) {
                values.accept(new ActualsWriter.Value(row.kpiId(), row.date(), row.value()));
            }
        }), ActualsWriter.CHUNK, chunk -> writer.upsert(workspaceId.value(), chunk));
        if (errors[0] > 0 || check.total() == 0) {
            throw new InvalidInputException("file", "kpi.import.hasErrors", errors[0]);
        }
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.ACTUALS, intoKpi.map(KpiId::value).orElse(0L)));
        return Math.toIntExact(written);
    }

    /**
     * Writes a batch pushed through the API, all or nothing: every row is checked first (KPI by id or key among
     * the workspace's active KPIs, a day of the KPI's period or of the same period last year, a value that is not
     * negative nor too large, no second row for the same KPI and day), and with any error nothing is written and
     * every error comes back with its row. Otherwise each row is created, replaced or left unchanged (equal to the
     * stored value), in one transaction through {@link ActualsWriter}; one {@link WorkspaceChanged} per KPI that
     * changed. With {@code write} false the rows are only checked (the caller found errors of its own).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public ActualsBatch.Result push(WorkspaceId workspaceId, List<ActualsBatch.Row> rows, boolean write) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        Map<Long, KpiDefinition> byId = new HashMap<>();
        Map<String, KpiDefinition> byKey = new HashMap<>();
        for (KpiDefinition kpi : kpis.findByWorkspaceIdAndArchivedFalseOrderByNameAsc(workspaceId.value())) {
            byId.put(kpi.getId(), kpi);
            if (kpi.getApiKey() != null) {
                byKey.put(kpi.getApiKey(), kpi);
            }
        }
        List<ActualsBatch.RowError> errors = new ArrayList<>();
        List<ActualsWriter.Value> checked = new ArrayList<>(rows.size());
        List<Integer> checkedRows = new ArrayList<>(rows.size());
        DayKeys seen = new DayKeys();
        Map<Long, Integer> kpiIndex = new HashMap<>();
        for (ActualsBatch.Row row : rows) {
            KpiDefinition kpi = row.kpiId().map(id -> byId.get(id.value()))
                    .or(() -> row.kpiKey().map(k -> byKey.get(k.toLowerCase(java.util.Locale.ROOT))))
                    .orElse(null);
            if (kpi == null || (row.kpiId().isPresent() && row.kpiKey().isPresent()
                    && !row.kpiKey().get().equalsIgnoreCase(kpi.getApiKey()))) {
                errors.add(new ActualsBatch.RowError(row.row(), "kpi", "unknown_kpi",
                        "No active KPI " + row.kpiId().map(KpiId::toString).or(row::kpiKey).orElse("")
                                + " in this workspace"));
                continue;
            }
            if (allowedRange(kpi, row.date()).isEmpty()) {
                errors.add(new ActualsBatch.RowError(row.row(), "date", "out_of_period", row.date()
                        + " is neither in the KPI's period " + kpi.getPeriodStart() + " to " + kpi.getPeriodEnd()
                        + " nor in the same period last year"));
                continue;
            }
            BigDecimal value = row.value();
            if (value.signum() < 0) {
                errors.add(new ActualsBatch.RowError(row.row(), "value", "negative", "Values cannot be negative"));
                continue;
            }
            if (value.abs().compareTo(new BigDecimal("1000000000000")) >= 0) {
                errors.add(new ActualsBatch.RowError(row.row(), "value", "too_large",
                        "Values must be below 1,000,000,000,000"));
                continue;
            }
            int index = kpiIndex.computeIfAbsent(kpi.getId(), id -> kpiIndex.size());
            long key = DayKeys.key(index, row.date());
            int first = seen.putIfAbsent(key, row.row());
            if (first >= 0) {
                errors.add(new ActualsBatch.RowError(row.row(), "date", "duplicate", "Row " + first
                        + " already gives a value for this KPI and day"));
                continue;
            }
            checked.add(new ActualsWriter.Value(kpi.getId(), row.date(),
                    value.setScale(Math.min(4, Math.max(0, value.scale())), RoundingMode.HALF_UP)));
            checkedRows.add(row.row());
        }
        if (!errors.isEmpty() || !write) {
            return new ActualsBatch.Result(List.of(), errors, false);
        }
        Map<Long, Map<LocalDate, BigDecimal>> stored = new HashMap<>();
        if (!checked.isEmpty()) {
            LocalDate min = checked.stream().map(ActualsWriter.Value::date).min(LocalDate::compareTo).orElseThrow();
            LocalDate max = checked.stream().map(ActualsWriter.Value::date).max(LocalDate::compareTo).orElseThrow();
            for (ActualPoint p : actuals.pointsOfKpisInWindow(workspaceId.value(), kpiIndex.keySet(), min, max)) {
                stored.computeIfAbsent(p.kpiId(), id -> new HashMap<>()).put(p.date(), p.amount());
            }
        }
        List<ActualsBatch.RowResult> results = new ArrayList<>(checked.size());
        List<ActualsWriter.Value> changed = new ArrayList<>();
        java.util.Set<Long> changedKpis = new java.util.LinkedHashSet<>();
        for (int i = 0; i < checked.size(); i++) {
            ActualsWriter.Value v = checked.get(i);
            BigDecimal current = stored.getOrDefault(v.kpiId(), Map.of()).get(v.date());
            ActualsBatch.Outcome outcome = current == null ? ActualsBatch.Outcome.CREATED
                    : current.compareTo(v.amount()) == 0 ? ActualsBatch.Outcome.UNCHANGED
                    : ActualsBatch.Outcome.REPLACED;
            if (outcome != ActualsBatch.Outcome.UNCHANGED) {
                changed.add(v);
                changedKpis.add(v.kpiId());
            }
            results.add(new ActualsBatch.RowResult(checkedRows.get(i), v.kpiId(), v.date(), outcome));
        }
        for (int from = 0; from < changed.size(); from += ActualsWriter.CHUNK) {
            writer.upsert(workspaceId.value(), changed.subList(from, Math.min(changed.size(),
                    from + ActualsWriter.CHUNK)));
        }
        changedKpis.forEach(kpiId -> events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.ACTUALS, kpiId)));
        return new ActualsBatch.Result(results, List.of(), true);
    }

    private ActualsCheck check(long workspaceId, Optional<Long> intoKpi) {
        Optional<KpiDefinition> target = intoKpi.map(id -> find(workspaceId, id));
        return new ActualsCheck(target.isPresent() ? List.of()
                : kpis.findByWorkspaceIdAndArchivedFalseOrderByNameAsc(workspaceId), target);
    }

    /** Every existing value of the import's KPIs in their window, as (key, amount), streamed. */
    private void forEachExisting(long workspaceId, ActualsCheck check,
            java.util.function.BiConsumer<Long, BigDecimal> each) {
        Optional<LocalDate[]> window = check.window();
        if (window.isEmpty()) {
            return;
        }
        try (Stream<ActualPoint> points = actuals.streamPointsInWindow(workspaceId, window.get()[0],
                window.get()[1])) {
            points.forEach(p -> {
                Integer index = check.index(p.kpiId());
                if (index != null) {
                    each.accept(DayKeys.key(index, p.date()), p.amount());
                }
            });
        }
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
