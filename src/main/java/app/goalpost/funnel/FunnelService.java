package app.goalpost.funnel;

import org.springframework.context.ApplicationEventPublisher;
import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.funnel.internal.Baseline;
import app.goalpost.funnel.internal.BaselineRepository;
import app.goalpost.funnel.internal.BaselineVolume;
import app.goalpost.funnel.internal.BaselineVolumeRepository;
import app.goalpost.funnel.internal.FunnelStage;
import app.goalpost.funnel.internal.FunnelStageRepository;
import app.goalpost.security.Roles;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.planning.funnel.BaselinePeriods;
import app.goalpost.planning.funnel.BaselinePeriods.PeriodType;
import app.goalpost.shared.FieldMerge;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.MergeOutcome;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funnel stages and baselines of a workspace (Method step 1 (docs/method.md)). Reads need VIEW, writes EDIT_BASELINE; a
 * baseline id is only ever looked up inside its workspace, so a foreign id answers not-found.
 */
@Service
public class FunnelService {

    /** The B2B lifecycle of the method, proposed for a new workspace. */
    public static final List<String[]> B2B_DEFAULT = List.of(new String[] {"Website visitors", "visitor"},
            new String[] {"Leads", "lead"}, new String[] {"MQL", "mql"}, new String[] {"SQL", "sql"},
            new String[] {"Opportunities", "opportunity"}, new String[] {"Customers", "customer"});

    private final FunnelStageRepository stages;
    private final BaselineRepository baselines;
    private final BaselineVolumeRepository volumes;
    private final WorkspaceAccess access;
    private final WorkspaceService workspaces;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    FunnelService(FunnelStageRepository stages, BaselineRepository baselines, BaselineVolumeRepository volumes,
            WorkspaceAccess access, WorkspaceService workspaces, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.stages = stages;
        this.baselines = baselines;
        this.volumes = volumes;
        this.access = access;
        this.workspaces = workspaces;
        this.clock = clock;
    }

    /**
     * The funnel page: the requested baseline, else (unless {@code newDraft}) the current one; without one, someone
     * who may edit gets a draft with the method recommended for the workspace's company stage. A baseline id of
     * another workspace answers not-found.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public FunnelPage page(WorkspaceId workspaceId, Optional<BaselineId> baselineId, boolean newDraft, Locale locale) {
        boolean editable = access.require(workspaceId.value(), WorkspacePermission.VIEW)
                .contains(WorkspacePermission.EDIT_BASELINE);
        WorkspaceDetails workspace = workspaces.get(workspaceId);
        List<StageInfo> stageList = stages(workspaceId);
        BaselineMethod recommended = BaselineMethod.recommendedFor(
                BaselineMethod.CompanyProfile.valueOf(workspace.stage().name()));
        Optional<BaselineData> baseline = newDraft ? Optional.empty()
                : baselineId.isPresent() ? Optional.of(baseline(workspaceId, baselineId.get()))
                        : currentBaseline(workspaceId);
        Optional<BaselineForm> form = stageList.isEmpty() ? Optional.empty()
                : baseline.map(BaselineData::toForm).or(() -> editable
                        ? Optional.of(draft(recommended, stageList, workspace, locale)) : Optional.empty());
        return new FunnelPage(stageList, baselines(workspaceId), recommended, baseline, form, editable);
    }

    /** A new baseline proposes the recommended method and its quarter (in the client's time zone), every volume 0. */
    private BaselineForm draft(BaselineMethod method, List<StageInfo> stageList, WorkspaceDetails workspace,
            Locale locale) {
        LocalDate today = LocalDate.now(clock.withZone(workspace.timeZone()));
        DateRange period = switch (method) {
            case OWN_PREVIOUS_PERIOD -> BaselinePeriods.previousPeriod(PeriodType.QUARTER, today);
            case SAME_PERIOD_LAST_YEAR -> BaselinePeriods.samePeriodLastYear(PeriodType.QUARTER, today);
            case BENCHMARKS_AND_BUDGET -> BaselinePeriods.periodContaining(PeriodType.QUARTER, today);
        };
        List<BaselineRow> rows = stageList.stream().map(s -> new BaselineRow(s.id(), s.name(), s.benchmarkKey(),
                BigDecimal.ZERO, Optional.<BigDecimal>empty())).toList();
        String name = GoalpostI18NProvider.translate("funnel.baseline.defaultName", locale,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(period.start()));
        return new BaselineForm(name, method, period.start(), period.end(), Optional.empty(), Optional.empty(), rows);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<StageInfo> stages(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return stages.findByWorkspaceIdOrderBySortOrderAscIdAsc(workspaceId.value()).stream().map(FunnelService::info)
                .toList();
    }

    /** Creates the B2B default stages; only for a workspace that has none yet. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void useDefaultStages(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        if (!stages.findByWorkspaceIdOrderBySortOrderAscIdAsc(workspaceId.value()).isEmpty()) {
            throw new InvalidInputException("stages", "funnelStage.error.notEmpty");
        }
        for (int i = 0; i < B2B_DEFAULT.size(); i++) {
            stages.save(new FunnelStage(workspaceId.value(), i, B2B_DEFAULT.get(i)[0], B2B_DEFAULT.get(i)[1]));
        }
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.STAGES, 0));
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public long addStage(WorkspaceId workspaceId, String name, String benchmarkKey) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        List<FunnelStage> all = stages.findByWorkspaceIdOrderBySortOrderAscIdAsc(workspaceId.value());
        String cleanName = validName(name, all, -1);
        String key = validKey(benchmarkKey, all, -1);
        int order = all.isEmpty() ? 0 : all.getLast().getSortOrder() + 1;
        long id = stages.save(new FunnelStage(workspaceId.value(), order, cleanName, key)).getId();
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.STAGES, id));
        return id;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void renameStage(WorkspaceId workspaceId, StageId stageId, String name, String benchmarkKey,
            long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        List<FunnelStage> all = stages.findByWorkspaceIdOrderBySortOrderAscIdAsc(workspaceId.value());
        FunnelStage stage = find(all, stageId.value());
        stage.requireVersion(expectedVersion);
        stage.rename(validName(name, all, stageId.value()), validKey(benchmarkKey, all, stageId.value()));
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.STAGES, stageId.value()));
    }

    /** Moves a stage up (−1) or down (+1) in the workspace's order. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void moveStage(WorkspaceId workspaceId, StageId stageId, int direction) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        List<FunnelStage> all = new ArrayList<>(stages.findByWorkspaceIdOrderBySortOrderAscIdAsc(workspaceId.value()));
        int from = all.indexOf(find(all, stageId.value()));
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= all.size()) {
            return;
        }
        all.add(to, all.remove(from));
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setSortOrder(i);
        }
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.STAGES, stageId.value()));
    }

    /** Removes a stage and its volumes from every baseline of the workspace. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void removeStage(WorkspaceId workspaceId, StageId stageId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        FunnelStage stage = find(stages.findByWorkspaceIdOrderBySortOrderAscIdAsc(workspaceId.value()),
                stageId.value());
        volumes.deleteAll(volumes.findByStageId(stage.getId()));
        stages.delete(stage);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.STAGES, stageId.value()));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<BaselineSummary> baselines(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return baselines.findByWorkspaceIdOrderByPeriodStartDescIdDesc(workspaceId.value()).stream()
                .map(b -> new BaselineSummary(b.getId(), b.getName(), b.getMethod(), b.getPeriodStart(),
                        b.getPeriodEnd(), b.isCurrent()))
                .toList();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public BaselineData baseline(WorkspaceId workspaceId, BaselineId baselineId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return data(baselines.findByIdAndWorkspaceId(baselineId.value(), workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<BaselineData> currentBaseline(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return baselines.findFirstByWorkspaceIdAndCurrentTrue(workspaceId.value()).map(this::data);
    }

    /** Creates a baseline; the workspace's first one becomes current. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public long createBaseline(WorkspaceId workspaceId, BaselineForm form) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        Map<Long, FunnelStage> byId = stagesById(workspaceId.value());
        validate(form, byId);
        Baseline baseline = new Baseline(workspaceId.value(), clock.instant());
        apply(baseline, form);
        baseline.setCurrent(baselines.findFirstByWorkspaceIdAndCurrentTrue(workspaceId.value()).isEmpty());
        baseline = baselines.save(baseline);
        writeRows(baseline.getId(), form, byId);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.BASELINE, baseline.getId()));
        return baseline.getId();
    }

    /**
     * Replaces header and volumes in one transaction, after validating everything. A stale {@code expectedVersion}
     * (someone saved in between) fails with an optimistic-locking error and nothing is written.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void saveBaseline(WorkspaceId workspaceId, BaselineId baselineId, BaselineForm form, long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        Baseline baseline = baselines.findForUpdateByIdAndWorkspaceId(baselineId.value(), workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new);
        baseline.requireVersion(expectedVersion);
        Map<Long, FunnelStage> byId = stagesById(workspaceId.value());
        validate(form, byId);
        apply(baseline, form);
        writeRows(baselineId.value(), form, byId);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.BASELINE, baselineId.value()));
    }

    /**
     * Saves header and volumes merged field by field (header fields and each stage's volume and spend) with any save
     * that came in since the page loaded {@code base} at {@code expectedVersion}
     * (docs/decisions/0016-field-level-merge.md). Still current: saved as typed. Stale: the fields only the user
     * changed are applied over the stored ones and the outcome names the fields taken in from the other save; when
     * both changed a field to different values nothing is written and a {@link BaselineConflictException} lists
     * them. The merged save is still guarded by the baseline's version (a save committed meanwhile fails it with an
     * optimistic-locking error: call again to merge once more).
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public MergeOutcome saveBaseline(WorkspaceId workspaceId, BaselineId baselineId, BaselineForm base,
            BaselineForm form, long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        Baseline baseline = baselines.findForUpdateByIdAndWorkspaceId(baselineId.value(), workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new);
        Map<Long, FunnelStage> byId = stagesById(workspaceId.value());
        // the user's own input is judged first: a wrong figure is reported at its field, before any merge
        validate(form, byId);
        BaselineForm toSave = form;
        MergeOutcome outcome = MergeOutcome.direct();
        if (baseline.getVersion() != expectedVersion) {
            BaselineForm theirs = data(baseline).toForm();
            FieldMerge.Merged merged = FieldMerge.merge(BaselineFields.of(base), BaselineFields.of(theirs),
                    BaselineFields.of(form));
            if (!merged.conflicts().isEmpty()) {
                throw new BaselineConflictException(merged, theirs, baseline.getVersion());
            }
            toSave = BaselineFields.form(merged.values(), theirs);
            outcome = new MergeOutcome(merged.takenFromTheirs());
            validate(toSave, byId);
        }
        apply(baseline, toSave);
        writeRows(baselineId.value(), toSave, byId);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.BASELINE, baselineId.value()));
        return outcome;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void markCurrent(WorkspaceId workspaceId, BaselineId baselineId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        Baseline chosen = baselines.findByIdAndWorkspaceId(baselineId.value(), workspaceId.value())
                .orElseThrow(WorkspaceNotFoundException::new);
        baselines.findByWorkspaceIdOrderByPeriodStartDescIdDesc(workspaceId.value())
                .forEach(b -> b.setCurrent(b.getId().equals(chosen.getId())));
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.BASELINE, baselineId.value()));
    }

    private void apply(Baseline baseline, BaselineForm form) {
        baseline.apply(form.name().strip(), form.method(), form.periodStart(), form.periodEnd(),
                form.benchmarkSet().orElse(null), form.budget().orElse(null), clock.instant());
    }

    private void writeRows(long baselineId, BaselineForm form, Map<Long, FunnelStage> byId) {
        Map<Long, BaselineVolume> existing = volumes.findByBaselineId(baselineId).stream()
                .collect(Collectors.toMap(BaselineVolume::getStageId, Function.identity()));
        Map<Long, BaselineRow> given = new HashMap<>();
        form.rows().forEach(r -> given.put(r.stageId(), r));
        for (Long stageId : byId.keySet()) {
            BaselineRow row = given.get(stageId);
            BaselineVolume v = existing.getOrDefault(stageId, new BaselineVolume(baselineId, stageId));
            v.set(row == null ? BigDecimal.ZERO : row.volume(), row == null ? null : row.spend().orElse(null));
            volumes.save(v);
        }
    }

    /** Checks the whole form before anything is written. */
    private static void validate(BaselineForm form, Map<Long, FunnelStage> byId) {
        if (form.name() == null || form.name().isBlank() || form.name().strip().length() > 120) {
            throw new InvalidInputException("name", "baseline.error.name");
        }
        if (form.method() == null) {
            throw new InvalidInputException("method", "baseline.error.method");
        }
        if (form.periodStart() == null || form.periodEnd() == null
                || form.periodEnd().isBefore(form.periodStart())) {
            throw new InvalidInputException("period", "baseline.error.period");
        }
        if (byId.isEmpty()) {
            throw new InvalidInputException("stages", "baseline.error.noStages");
        }
        for (BaselineRow row : form.rows()) {
            FunnelStage stage = byId.get(row.stageId());
            if (stage == null) {
                throw new InvalidInputException("stages", "baseline.error.unknownStage", row.stageName());
            }
            // each refusal says which limit was broken: a huge whole number is not a matter of decimals
            if (row.volume() != null && row.volume().precision() - row.volume().scale() > 15) {
                throw new InvalidInputException("volume", "baseline.error.volumeTooLarge", stage.getName());
            }
            if (row.volume() == null || row.volume().signum() < 0 || row.volume().scale() > 4) {
                throw new InvalidInputException("volume", "baseline.error.volume", stage.getName());
            }
            if (row.spend().isPresent() && row.spend().get().precision() - row.spend().get().scale() > 17) {
                throw new InvalidInputException("spend", "baseline.error.spendTooLarge", stage.getName());
            }
            if (row.spend().isPresent() && (row.spend().get().signum() < 0 || row.spend().get().scale() > 2
                    || row.spend().get().precision() - row.spend().get().scale() > 17)) {
                throw new InvalidInputException("spend", "baseline.error.spend", stage.getName());
            }
        }
        if (form.budget().isPresent() && form.budget().get().signum() <= 0) {
            throw new InvalidInputException("budget", "baseline.error.budget");
        }
    }

    private BaselineData data(Baseline b) {
        Map<Long, BaselineVolume> byStage = volumes.findByBaselineId(b.getId()).stream()
                .collect(Collectors.toMap(BaselineVolume::getStageId, Function.identity()));
        List<BaselineRow> rows = stages.findByWorkspaceIdOrderBySortOrderAscIdAsc(b.getWorkspaceId()).stream()
                .map(s -> {
                    BaselineVolume v = byStage.get(s.getId());
                    return new BaselineRow(s.getId(), s.getName(), Optional.ofNullable(s.getBenchmarkKey()),
                            v == null ? BigDecimal.ZERO : v.getVolume().stripTrailingZeros(),
                            Optional.ofNullable(v == null ? null : v.getSpend()));
                })
                .toList();
        return new BaselineData(b.getId(), b.getWorkspaceId(), b.getName(), b.getMethod(), b.getPeriodStart(),
                b.getPeriodEnd(), b.isCurrent(), Optional.ofNullable(b.getBenchmarkSet()),
                Optional.ofNullable(b.getBudget()), b.getVersion(), rows);
    }

    private Map<Long, FunnelStage> stagesById(long workspaceId) {
        return stages.findByWorkspaceIdOrderBySortOrderAscIdAsc(workspaceId).stream()
                .collect(Collectors.toMap(FunnelStage::getId, Function.identity()));
    }

    private static FunnelStage find(List<FunnelStage> all, long stageId) {
        return all.stream().filter(s -> s.getId() == stageId).findFirst()
                .orElseThrow(WorkspaceNotFoundException::new);
    }

    private static String validName(String name, List<FunnelStage> all, long selfId) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 80) {
            throw new InvalidInputException("stageName", "funnelStage.error.name");
        }
        if (all.stream().anyMatch(s -> s.getId() != selfId && s.getName().equalsIgnoreCase(clean))) {
            throw new InvalidInputException("stageName", "funnelStage.error.duplicate", clean);
        }
        return clean;
    }

    private static String validKey(String key, List<FunnelStage> all, long selfId) {
        String clean = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > 40 || !app.goalpost.planning.funnel.Stage.KEY.matcher(clean).matches()) {
            throw new InvalidInputException("stageKey", "funnelStage.error.key");
        }
        Set<String> others = new HashSet<>();
        all.stream().filter(s -> s.getId() != selfId && s.getBenchmarkKey() != null)
                .forEach(s -> others.add(s.getBenchmarkKey()));
        if (others.contains(clean)) {
            throw new InvalidInputException("stageKey", "funnelStage.error.duplicateKey", clean);
        }
        return clean;
    }

    private static StageInfo info(FunnelStage s) {
        return new StageInfo(s.getId(), s.getSortOrder(), s.getName(), Optional.ofNullable(s.getBenchmarkKey()),
                s.getVersion());
    }
}
