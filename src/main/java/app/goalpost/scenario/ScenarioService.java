package app.goalpost.scenario;

import app.goalpost.workspace.WorkspaceChanged;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.funnel.BaselineData;
import app.goalpost.history.Revision;
import app.goalpost.history.RevisionField;
import app.goalpost.history.RevisionLog;
import app.goalpost.history.RevisionSource;
import app.goalpost.history.RevisionSubject;
import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.BaselineSummary;
import app.goalpost.funnel.Benchmarks;
import app.goalpost.funnel.FunnelService;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.scenario.Plan;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.planning.scenario.StagePlan;
import app.goalpost.scenario.internal.Scenario;
import app.goalpost.scenario.internal.ScenarioRepository;
import app.goalpost.scenario.internal.ScenarioTarget;
import app.goalpost.scenario.internal.ScenarioTargetRepository;
import app.goalpost.security.Roles;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Goal scenarios of a workspace (Method step 3 (docs/method.md)). Reads need VIEW; writes EDIT_PLAN, which client contributors
 * have too. Scenario and baseline ids are only looked up inside the workspace, so foreign ids answer not-found.
 */
@Service
public class ScenarioService {

    private final ScenarioRepository scenarios;
    private final ScenarioTargetRepository targets;
    private final FunnelService funnels;
    private final WorkspaceService workspaces;
    private final WorkspaceAccess access;
    private final Benchmarks benchmarks;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RevisionLog revisions;

    ScenarioService(ScenarioRepository scenarios, ScenarioTargetRepository targets, FunnelService funnels,
            WorkspaceService workspaces, WorkspaceAccess access, Benchmarks benchmarks,
            ApplicationEventPublisher events, Clock clock, RevisionLog revisions) {
        this.revisions = revisions;
        this.scenarios = scenarios;
        this.targets = targets;
        this.funnels = funnels;
        this.workspaces = workspaces;
        this.access = access;
        this.benchmarks = benchmarks;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ScenarioData> list(WorkspaceId workspaceId, BaselineId baselineId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        funnels.baseline(workspaceId, baselineId);
        return withTargets(scenarios.findByWorkspaceIdAndBaselineIdOrderByIdAsc(workspaceId.value(),
                baselineId.value()));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ScenarioData get(WorkspaceId workspaceId, ScenarioId scenarioId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return data(find(workspaceId.value(), scenarioId.value()));
    }

    /** The plans of record of the workspace, with their stored targets. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ScenarioData> adopted(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        return withTargets(scenarios.findByWorkspaceIdAndAdoptedTrue(workspaceId.value()));
    }

    /** Solves a scenario against its baseline (not stored: the baseline may have changed since). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public PlanResult solve(WorkspaceId workspaceId, ScenarioForm form) {
        return solution(workspaceId, form).result();
    }

    /**
     * Solves a scenario as the page shows it: the plan, and when the goal was rounded to whole units the plan for
     * the unrounded goal too. Throws {@link InvalidInputException} for a form the baseline cannot take.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ScenarioSolution solution(WorkspaceId workspaceId, ScenarioForm form) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        WorkspaceDetails workspace = workspaces.get(workspaceId);
        BaselineData baseline = funnels.baseline(workspaceId, new BaselineId(form.baselineId()));
        return solution(form, funnel(baseline, workspace), workspace);
    }

    /**
     * Solves a scenario on baseline rows that are not stored yet (the baseline a review proposes from recent actuals,
     * shown side by side with the plan of record before anything is created). {@code form.baselineId()} is ignored.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ScenarioSolution solutionOn(WorkspaceId workspaceId, ScenarioForm form, List<BaselineRow> rows) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        WorkspaceDetails workspace = workspaces.get(workspaceId);
        Funnel funnel = BaselineData.funnelOf(rows, workspace.currency())
                .orElseThrow(() -> new InvalidInputException("baseline", "baseline.error.noStages"));
        ScenarioPlanning.validate(form, funnel);
        return solution(form, funnel, workspace);
    }

    private ScenarioSolution solution(ScenarioForm form, Funnel funnel, WorkspaceDetails workspace) {
        var set = benchmarks.forIndustry(workspace.industry());
        PlanResult result = ScenarioPlanning.solve(form, funnel, workspace.currency(), set, false);
        return new ScenarioSolution(result, result.target().rounded()
                ? Optional.of(ScenarioPlanning.solve(form, funnel, workspace.currency(), set, true))
                : Optional.empty());
    }

    /**
     * The scenarios page: the requested baseline (else the current one, else the first), its scenarios each
     * solved or with the reason it cannot be, and the scenario to show (the requested one, else the first; none
     * with {@code newDraft}). Someone who may edit gets the default draft when no scenario is shown. Empty when the
     * workspace has no baseline with stages yet. A scenario id of another baseline or workspace answers not-found.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<ScenarioPage> page(WorkspaceId workspaceId, Optional<BaselineId> baselineId,
            Optional<ScenarioId> scenarioId, boolean newDraft, Locale locale) {
        boolean editable = access.require(workspaceId.value(), WorkspacePermission.VIEW)
                .contains(WorkspacePermission.EDIT_PLAN);
        WorkspaceDetails workspace = workspaces.get(workspaceId);
        List<BaselineSummary> all = funnels.baselines(workspaceId);
        Optional<BaselineData> chosen = baselineId.isPresent()
                ? Optional.of(funnels.baseline(workspaceId, baselineId.get()))
                : funnels.currentBaseline(workspaceId)
                        .or(() -> all.stream().findFirst().map(b -> funnels.baseline(workspaceId,
                                new BaselineId(b.id()))));
        Optional<Funnel> funnel = chosen.flatMap(b -> b.funnel(workspace.currency()));
        if (funnel.isEmpty()) {
            return Optional.empty();
        }
        BaselineData baseline = chosen.get();
        List<ScenarioData> list = withTargets(
                scenarios.findByWorkspaceIdAndBaselineIdOrderByIdAsc(workspaceId.value(), baseline.id()));
        Optional<ScenarioData> selected;
        if (newDraft) {
            selected = Optional.empty();
        } else if (scenarioId.isPresent()) {
            ScenarioData s = data(find(workspaceId.value(), scenarioId.get().value()));
            if (s.form().baselineId() != baseline.id()) {
                throw new WorkspaceNotFoundException();
            }
            selected = Optional.of(s);
        } else {
            selected = list.stream().findFirst();
        }
        List<ScenarioPage.Compared> compared = new ArrayList<>();
        for (ScenarioData s : list) {
            try {
                compared.add(new ScenarioPage.Compared(s, Optional.of(solution(s.form(), funnel.get(), workspace)),
                        Optional.empty()));
            } catch (InvalidInputException e) {
                compared.add(new ScenarioPage.Compared(s, Optional.empty(), Optional.of(e)));
            }
        }
        Optional<ScenarioForm> form = selected.map(ScenarioData::form)
                .or(() -> editable ? Optional.of(draft(baseline, funnel.get(), locale)) : Optional.empty());
        return Optional.of(new ScenarioPage(baseline, funnel.get(), all, compared, selected, form, editable));
    }

    /**
     * The method's example as the starting point: +15 % on the last stage through the first rate, over the
     * period that follows the baseline's and lasts as long.
     */
    static ScenarioForm draft(BaselineData baseline, Funnel funnel, Locale locale) {
        int last = funnel.last();
        LocalDate start = baseline.periodEnd().plusDays(1);
        long days = ChronoUnit.DAYS.between(baseline.periodStart(), baseline.periodEnd());
        return new ScenarioForm(GoalpostI18NProvider.translate("scenario.defaultName", locale,
                funnel.stage(last).name()), baseline.id(), GoalKind.RELATIVE, last, new BigDecimal("15"),
                Optional.empty(), LeverKind.ONE_RATE, List.of(0), List.of(), 0.5, CeilingMode.NONE, start,
                start.plusDays(days));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public long create(WorkspaceId workspaceId, ScenarioForm form) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        validate(workspaceId.value(), form);
        Scenario scenario = new Scenario(workspaceId.value(), form.baselineId());
        apply(scenario, form);
        long id = scenarios.save(scenario).getId();
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.SCENARIO, id));
        return id;
    }

    /** Saves a changed scenario; a stale version fails with an optimistic-locking error and nothing is written. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void update(WorkspaceId workspaceId, ScenarioId scenarioId, ScenarioForm form, long expectedVersion) {
        Scenario scenario = findForEdit(workspaceId.value(), scenarioId.value(), expectedVersion);
        if (scenario.getBaselineId() != form.baselineId()) {
            throw new InvalidInputException("baseline", "scenario.error.baseline");
        }
        validate(workspaceId.value(), form);
        revisions.record(workspaceId, ScenarioRevisions.changes(scenario, form), "", RevisionSource.USER);
        apply(scenario, form);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.SCENARIO, scenarioId.value()));
    }

    /**
     * Saves a changed scenario, merged field by field with any save that came in since the page loaded {@code base}
     * at {@code expectedVersion} (docs/decisions/0016-field-level-merge.md). Still current: saved as typed. Stale:
     * the fields only the user changed are applied over the stored ones and the outcome names the fields taken in
     * from the other save; when both changed a field to different values nothing is written and a
     * {@link ScenarioConflictException} lists them. The merged save is itself guarded by the scenario's version:
     * a save committed in the meantime fails it with an optimistic-locking error (call again to merge once more).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public MergeOutcome update(WorkspaceId workspaceId, ScenarioId scenarioId, ScenarioForm base, ScenarioForm form,
            long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        Scenario scenario = find(workspaceId.value(), scenarioId.value());
        if (scenario.getBaselineId() != form.baselineId() || scenario.getBaselineId() != base.baselineId()) {
            throw new InvalidInputException("baseline", "scenario.error.baseline");
        }
        // the user's own input is judged first: a wrong value is reported at its field, before any merge
        validate(workspaceId.value(), form);
        ScenarioForm toSave = form;
        MergeOutcome outcome = MergeOutcome.direct();
        if (scenario.getVersion() != expectedVersion) {
            ScenarioForm theirs = data(scenario).form();
            FieldMerge.Merged merged = FieldMerge.merge(ScenarioFields.of(base), ScenarioFields.of(theirs),
                    ScenarioFields.of(form));
            if (!merged.conflicts().isEmpty()) {
                throw new ScenarioConflictException(merged, theirs, scenario.getVersion());
            }
            toSave = ScenarioFields.form(merged.values(), scenario.getBaselineId());
            outcome = new MergeOutcome(merged.takenFromTheirs());
            validate(workspaceId.value(), toSave);
        }
        revisions.record(workspaceId, ScenarioRevisions.changes(scenario, toSave), "", RevisionSource.USER);
        apply(scenario, toSave);
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.SCENARIO, scenarioId.value()));
        return outcome;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public long duplicate(WorkspaceId workspaceId, ScenarioId scenarioId, String copyName) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_PLAN);
        ScenarioForm form = data(find(workspaceId.value(), scenarioId.value())).form().withName(copyName);
        return create(workspaceId, form);
    }

    /**
     * Makes the scenario the plan of record of its period: other adopted scenarios whose period overlaps stop being
     * it, the planned per-stage targets are stored, and {@link PlanAdopted} tells the KPI feature (which creates the
     * tracking KPIs when {@code createKpis}). Only a feasible plan can be adopted.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void adopt(WorkspaceId workspaceId, ScenarioId scenarioId, boolean createKpis, long expectedVersion) {
        Scenario scenario = findForEdit(workspaceId.value(), scenarioId.value(), expectedVersion);
        ScenarioData current = data(scenario);
        if (!(solve(workspaceId, current.form()) instanceof PlanResult.Feasible(Plan plan))) {
            throw new InvalidInputException("adopt", "scenario.error.adoptInfeasible");
        }
        BaselineData baseline = funnels.baseline(workspaceId, new BaselineId(scenario.getBaselineId()));
        List<Long> superseded = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        List<RevisionLog.Change> planChanges = new ArrayList<>();
        for (Scenario other : scenarios.findByWorkspaceIdAndAdoptedTrue(workspaceId.value())) {
            if (!other.getId().equals(scenario.getId()) && !other.getPeriodEnd().isBefore(scenario.getPeriodStart())
                    && !other.getPeriodStart().isAfter(scenario.getPeriodEnd())) {
                other.setAdopted(false, null);
                superseded.add(other.getId());
                replaced.add(other.getName());
                planChanges.add(RevisionLog.Change.text(RevisionSubject.SCENARIO, other.getId(),
                        RevisionField.PLAN_OF_RECORD, other.getName(), scenario.getName()));
            }
        }
        // the plan of record of the period: what it was (the replaced plans, or this one re-adopted) and is now
        String was = scenario.isAdopted() ? scenario.getName() : String.join(", ", replaced);
        planChanges.addFirst(RevisionLog.Change.text(RevisionSubject.SCENARIO, scenario.getId(),
                RevisionField.PLAN_OF_RECORD, was, scenario.getName()));
        revisions.record(workspaceId, planChanges, scenario.getName(), RevisionSource.PLAN);
        scenario.setAdopted(true, clock.instant());
        targets.deleteAll(targets.findByScenarioIdOrderBySortOrderAsc(scenario.getId()));
        List<PlanAdopted.StageTarget> published = new ArrayList<>();
        for (StagePlan stage : plan.stages()) {
            Optional<String> key = baseline.rows().get(stage.index()).stageKey();
            targets.save(new ScenarioTarget(scenario.getId(), stage.index(), stage.name(), key.orElse(null),
                    BigDecimal.valueOf(stage.plannedVolume()).setScale(4, java.math.RoundingMode.HALF_UP),
                    stage.plannedWhole()));
            published.add(new PlanAdopted.StageTarget(stage.name(), key.orElse(null), stage.plannedVolume(),
                    stage.plannedWhole()));
        }
        events.publishEvent(new PlanAdopted(workspaceId.value(), scenario.getId(), scenario.getName(),
                scenario.getPeriodStart(), scenario.getPeriodEnd(), published, createKpis, superseded));
        events.publishEvent(WorkspaceChanged.of(workspaceId, ChangeKind.PLAN_ADOPTED, scenario.getId()));
    }

    /**
     * One page of a scenario's revision history (goal, period, plan of record), newest first; {@code belowId}
     * continues after the last row shown.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Revision> history(WorkspaceId workspaceId, ScenarioId scenarioId, Optional<Long> belowId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        find(workspaceId.value(), scenarioId.value());
        return revisions.history(workspaceId, RevisionSubject.SCENARIO, scenarioId.value(), belowId);
    }

    private void validate(long workspaceId, ScenarioForm form) {
        WorkspaceDetails workspace = workspaces.get(new WorkspaceId(workspaceId));
        BaselineData baseline = funnels.baseline(new WorkspaceId(workspaceId), new BaselineId(form.baselineId()));
        ScenarioPlanning.validate(form, funnel(baseline, workspace));
    }

    private static Funnel funnel(BaselineData baseline, WorkspaceDetails workspace) {
        return baseline.funnel(workspace.currency())
                .orElseThrow(() -> new InvalidInputException("baseline", "baseline.error.noStages"));
    }

    private void apply(Scenario scenario, ScenarioForm f) {
        scenario.apply(f.name().strip(), f.goalKind(), f.goalStage(), f.goalAmount(), f.dealValue().orElse(null),
                f.leverKind(), f.steps().stream().map(String::valueOf).collect(Collectors.joining(",")),
                f.weights().stream().map(String::valueOf).collect(Collectors.joining(",")),
                BigDecimal.valueOf(f.volumeShare()).setScale(6, java.math.RoundingMode.HALF_UP), f.ceilingMode(),
                f.periodStart(), f.periodEnd(), clock.instant());
    }

    /** The scenario to change: EDIT_PLAN in its workspace, and still the version the user loaded. */
    private Scenario findForEdit(long workspaceId, long scenarioId, long expectedVersion) {
        access.require(workspaceId, WorkspacePermission.EDIT_PLAN);
        Scenario scenario = find(workspaceId, scenarioId);
        scenario.requireVersion(expectedVersion);
        return scenario;
    }

    private Scenario find(long workspaceId, long scenarioId) {
        return scenarios.findByIdAndWorkspaceId(scenarioId, workspaceId).orElseThrow(WorkspaceNotFoundException::new);
    }

    /** Data of several scenarios with the stored targets of the adopted ones read in one query. */
    private List<ScenarioData> withTargets(List<Scenario> list) {
        List<Long> adoptedIds = list.stream().filter(Scenario::isAdopted).map(Scenario::getId).toList();
        Map<Long, List<ScenarioTarget>> byScenario = adoptedIds.isEmpty() ? Map.of()
                : targets.findByScenarioIdInOrderBySortOrderAsc(adoptedIds).stream()
                        .collect(Collectors.groupingBy(ScenarioTarget::getScenarioId));
        return list.stream().map(s -> data(s, byScenario.getOrDefault(s.getId(), List.of()))).toList();
    }

    private ScenarioData data(Scenario s) {
        return data(s, s.isAdopted() ? targets.findByScenarioIdOrderBySortOrderAsc(s.getId()) : List.of());
    }

    private ScenarioData data(Scenario s, List<ScenarioTarget> stored) {
        ScenarioForm form = new ScenarioForm(s.getName(), s.getBaselineId(), s.getGoalKind(), s.getGoalStage(),
                s.getGoalAmount().stripTrailingZeros(), Optional.ofNullable(s.getDealValue()), s.getLeverKind(),
                split(s.getLeverSteps()).stream().map(Integer::valueOf).toList(),
                split(s.getLeverWeights()).stream().map(Double::valueOf).toList(),
                s.getVolumeShare() == null ? 0 : s.getVolumeShare().doubleValue(), s.getCeilingMode(),
                s.getPeriodStart(), s.getPeriodEnd());
        List<ScenarioData.PlannedTarget> planned = stored.stream()
                .map(t -> new ScenarioData.PlannedTarget(t.getStageName(), Optional.ofNullable(t.getStageKey()),
                        t.getPlannedVolume().doubleValue(), t.getWholeUnits()))
                .toList();
        return new ScenarioData(s.getId(), s.getWorkspaceId(), form, s.isAdopted(),
                Optional.ofNullable(s.getAdoptedAt()), s.getVersion(), planned);
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }
}
