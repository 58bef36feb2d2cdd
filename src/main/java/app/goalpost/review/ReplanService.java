package app.goalpost.review;

import app.goalpost.collab.session.GoalSessionService;
import app.goalpost.collab.session.SessionView;
import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineForm;
import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.FunnelService;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.planning.funnel.BaselinePeriods.PeriodType;
import app.goalpost.planning.scenario.Plan;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.planning.scenario.StagePlan;
import app.goalpost.review.ReplanPage.ComparedStage;
import app.goalpost.review.ReplanPage.Comparison;
import app.goalpost.review.ReplanPage.PlanOfRecord;
import app.goalpost.review.ReplanPage.Proposal;
import app.goalpost.review.ReplanPage.ProposedRow;
import app.goalpost.review.ReplanPage.Source;
import app.goalpost.review.ReplanPage.StepRate;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.scenario.ScenarioSolution;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceMembershipService;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.security.AgencyRole;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review itself: the page ({@link ReplanPage}) and its two outcomes. "Re-plan" creates the proposed baseline
 * (funnel feature), a scenario on it with the plan of record's goal and adopts it (scenario feature: the
 * {@code PlanAdopted} flow moves the plan's KPIs to the new targets), then records the review; all in the caller's
 * one transaction, so a failure at any step leaves nothing behind. Everyone with access reads the page; agency staff
 * (EDIT_BASELINE, which creating a baseline needs anyway) hold the review (docs/decisions/0024-review-replan.md).
 */
@Service
public class ReplanService {

    private final WorkspaceService workspaces;
    private final WorkspaceAccess access;
    private final WorkspaceMembershipService memberships;
    private final FunnelService funnels;
    private final ScenarioService scenarios;
    private final KpiFacts kpis;
    private final GoalSessionService sessions;
    private final ReviewRecorder recorder;
    private final Clock clock;

    ReplanService(WorkspaceService workspaces, WorkspaceAccess access, WorkspaceMembershipService memberships,
            FunnelService funnels, ScenarioService scenarios, KpiFacts kpis, GoalSessionService sessions,
            ReviewRecorder recorder, Clock clock) {
        this.workspaces = workspaces;
        this.access = access;
        this.memberships = memberships;
        this.funnels = funnels;
        this.scenarios = scenarios;
        this.kpis = kpis;
        this.sessions = sessions;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** The review page of a workspace on its today; {@code locale} names the proposed scenario. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReplanPage page(WorkspaceId workspaceId, Locale locale) {
        boolean canHold = access.require(workspaceId.value(), WorkspacePermission.VIEW)
                .contains(WorkspacePermission.EDIT_BASELINE);
        WorkspaceDetails w = workspaces.get(workspaceId);
        LocalDate today = LocalDate.now(clock.withZone(w.timeZone()));
        Optional<ScenarioData> plan = planOfRecord(workspaceId, today);
        Optional<BaselineData> planBaseline = plan.map(p -> funnels.baseline(workspaceId,
                new BaselineId(p.form().baselineId())));
        Optional<BaselineData> current = funnels.currentBaseline(workspaceId);
        Proposal proposal = proposal(w, today, plan, current);
        Optional<Comparison> comparison = plan.filter(p -> proposal.fromActuals())
                .map(p -> compare(workspaceId, p, planBaseline.orElseThrow(), proposal, locale, today));
        List<ReplanPage.Person> people = memberships.people(workspaceId).stream()
                .map(m -> new ReplanPage.Person(m.userId(), m.displayName(), m.role() == AgencyRole.CLIENT))
                .toList();
        Optional<ReplanPage.Session> session = sessions.running(workspaceId)
                .map(s -> new ReplanPage.Session(s.id().value(), s.title()));
        return new ReplanPage(today, canHold, plan.map(p -> planOfRecord(p, planBaseline.orElseThrow())),
                kpis.standings(workspaceId), rates(workspaceId, today, plan, planBaseline),
                recorder.openTriggers(workspaceId), proposal, comparison, people, session);
    }

    /** Records a review that keeps the plan of record (participants, notes, the session); closes every open trigger. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public long keep(WorkspaceId workspaceId, ReviewOutcome outcome) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        WorkspaceDetails w = workspaces.get(workspaceId);
        LocalDate today = LocalDate.now(clock.withZone(w.timeZone()));
        ReviewRecorder.Checked checked = check(workspaceId, outcome);
        Optional<ScenarioData> plan = planOfRecord(workspaceId, today);
        requireSamePlan(outcome, plan);
        Optional<PlanSnapshot> snapshot = plan.map(p -> snapshot(p, funnels.baseline(workspaceId,
                new BaselineId(p.form().baselineId()))));
        return recorder.record(workspaceId, today, ReviewDecision.KEEP_PLAN, checked, snapshot, snapshot,
                Optional.empty());
    }

    /**
     * Re-plans: creates the proposed baseline (made current), a scenario on it with the plan of record's goal over the
     * plan period, adopts it (its KPIs follow through {@code PlanAdopted}) and records the review with the plans
     * before and after. Refused when there is no plan of record, the proposal has no actuals, or the goal cannot be
     * planned on the new baseline; nothing is written then.
     */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public long replan(WorkspaceId workspaceId, ReviewOutcome outcome, Locale locale) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        WorkspaceDetails w = workspaces.get(workspaceId);
        LocalDate today = LocalDate.now(clock.withZone(w.timeZone()));
        ReviewRecorder.Checked checked = check(workspaceId, outcome);
        Optional<ScenarioData> plan = planOfRecord(workspaceId, today);
        requireSamePlan(outcome, plan);
        if (plan.isEmpty()) {
            throw new InvalidInputException("replan", "replan.error.noPlan");
        }
        BaselineData planBaseline = funnels.baseline(workspaceId, new BaselineId(plan.get().form().baselineId()));
        PlanSnapshot before = snapshot(plan.get(), planBaseline);
        Proposal proposal = proposal(w, today, plan, funnels.currentBaseline(workspaceId));
        if (!proposal.fromActuals()) {
            throw new InvalidInputException("replan", "replan.error.noActuals");
        }
        long baselineId = funnels.createBaseline(workspaceId, new BaselineForm(baselineName(proposal, locale),
                proposal.method(), proposal.period().start(), proposal.period().end(), Optional.empty(),
                Optional.empty(), proposal.baselineRows()));
        funnels.markCurrent(workspaceId, new BaselineId(baselineId));
        ScenarioForm form = newForm(plan.get(), proposal, locale, today);
        ScenarioForm onBaseline = new ScenarioForm(form.name(), baselineId, form.goalKind(), form.goalStage(),
                form.goalAmount(), form.dealValue(), form.leverKind(), form.steps(), form.weights(),
                form.volumeShare(), form.ceilingMode(), form.periodStart(), form.periodEnd());
        ScenarioId scenarioId = new ScenarioId(scenarios.create(workspaceId, onBaseline));
        scenarios.adopt(workspaceId, scenarioId, true, scenarios.get(workspaceId, scenarioId).version());
        BaselineData created = funnels.baseline(workspaceId, new BaselineId(baselineId));
        PlanSnapshot after = snapshot(scenarios.get(workspaceId, scenarioId), created);
        return recorder.record(workspaceId, today, ReviewDecision.REPLANNED, checked, Optional.of(before),
                Optional.of(after), Optional.of(baselineId));
    }

    private ReviewRecorder.Checked check(WorkspaceId workspaceId, ReviewOutcome outcome) {
        String notes = outcome.notes() == null ? "" : outcome.notes().strip();
        if (notes.length() > ReviewService.MAX_NOTES) {
            throw new InvalidInputException("notes", "review.error.tooLong", ReviewService.MAX_NOTES,
                    notes.length());
        }
        List<ReplanPage.Person> chosen = new ArrayList<>();
        var people = memberships.people(workspaceId);
        for (Long id : outcome.participants().stream().distinct().toList()) {
            // someone who may not see the workspace (another agency's id, another client's) is refused, not dropped
            var person = people.stream().filter(p -> p.userId() == id).findFirst()
                    .orElseThrow(() -> new InvalidInputException("participants", "replan.error.participant"));
            chosen.add(new ReplanPage.Person(person.userId(), person.displayName(),
                    person.role() == AgencyRole.CLIENT));
        }
        if (outcome.sessionId().isPresent()) {
            Optional<SessionView> running = sessions.running(workspaceId);
            if (running.isEmpty() || running.get().id().value() != outcome.sessionId().get()) {
                throw new InvalidInputException("session", "replan.error.session");
            }
        }
        return new ReviewRecorder.Checked(chosen, notes.isEmpty() ? null : notes, outcome.sessionId());
    }

    /** The page showed one plan of record; if another was adopted since, the user decides again on fresh numbers. */
    private static void requireSamePlan(ReviewOutcome outcome, Optional<ScenarioData> plan) {
        if (!outcome.planScenarioId().equals(plan.map(ScenarioData::id))) {
            throw new ObjectOptimisticLockingFailureException(ScenarioData.class,
                    plan.map(ScenarioData::id).orElse(0L));
        }
    }

    /** The adopted scenario whose period holds today, else the one that ended last. */
    private Optional<ScenarioData> planOfRecord(WorkspaceId workspaceId, LocalDate today) {
        List<ScenarioData> adopted = scenarios.adopted(workspaceId);
        return adopted.stream().filter(s -> !today.isBefore(s.form().periodStart())
                && !today.isAfter(s.form().periodEnd())).findFirst()
                .or(() -> adopted.stream().max(Comparator.comparing((ScenarioData s) -> s.form().periodEnd())
                        .thenComparing(ScenarioData::id)));
    }

    private static PlanOfRecord planOfRecord(ScenarioData plan, BaselineData baseline) {
        return new PlanOfRecord(snapshot(plan, baseline), plan.version(), baseline.id(), baseline.name());
    }

    /** The plan as stored at its adoption: the goal as typed and each stage's whole-unit target. */
    static PlanSnapshot snapshot(ScenarioData plan, BaselineData baseline) {
        int goal = plan.form().goalStage();
        String goalStage = goal < baseline.rows().size() ? baseline.rows().get(goal).stageName() : "?";
        List<PlanSnapshot.StageNumber> targets = plan.targets().stream()
                .map(t -> new PlanSnapshot.StageNumber(t.stageName(), t.wholeUnits())).toList();
        long goalWhole = goal < targets.size() ? targets.get(goal).wholeUnits() : 0;
        return new PlanSnapshot(plan.id(), plan.name(), plan.form().goalKind(), goalStage, plan.form().goalAmount(),
                goalWhole, plan.form().periodStart(), plan.form().periodEnd(), targets);
    }

    /**
     * The baseline the review proposes: per stage the actuals of its stage KPI over the method's period, or, for a
     * stage no KPI measured there, the current baseline's volume and spend (said so on the page).
     */
    private Proposal proposal(WorkspaceDetails w, LocalDate today, Optional<ScenarioData> plan,
            Optional<BaselineData> current) {
        BaselineMethod workspaceMethod = current.map(BaselineData::method).orElseGet(() ->
                BaselineMethod.recommendedFor(BaselineMethod.CompanyProfile.valueOf(w.stage().name())));
        BaselineMethod method = workspaceMethod == BaselineMethod.BENCHMARKS_AND_BUDGET
                ? BaselineMethod.OWN_PREVIOUS_PERIOD : workspaceMethod;
        PeriodType type = plan.map(p -> ReplanPeriods.typeOf(DateRange.of(p.form().periodStart(),
                p.form().periodEnd()))).or(() -> current.map(c -> ReplanPeriods.typeOf(DateRange.of(c.periodStart(),
                c.periodEnd())))).orElse(PeriodType.QUARTER);
        DateRange planPeriod = ReplanPeriods.periodHolding(type, today, w.fiscalYearStartMonth());
        DateRange period = ReplanPeriods.baselineFor(method, type, planPeriod, w.fiscalYearStartMonth());
        KpiFacts.StageVolumes measured = kpis.stageVolumes(w.workspaceId(), period);
        List<ProposedRow> rows = new ArrayList<>();
        List<BaselineRow> stages = current.map(BaselineData::rows).orElseGet(() -> funnels.stages(w.workspaceId())
                .stream().map(s -> new BaselineRow(s.id(), s.name(), s.benchmarkKey(), BigDecimal.ZERO,
                        Optional.<BigDecimal>empty())).toList());
        for (BaselineRow s : stages) {
            Optional<KpiFacts.StageTotal> total = s.stageKey().flatMap(measured::of);
            rows.add(total.map(t -> new ProposedRow(s.stageId(), s.stageName(), s.stageKey(), t.total(),
                    Optional.<BigDecimal>empty(), Source.ACTUALS, t.daysWithData()))
                    .orElseGet(() -> new ProposedRow(s.stageId(), s.stageName(), s.stageKey(), s.volume(), s.spend(),
                            Source.CURRENT_BASELINE, 0)));
        }
        return new Proposal(workspaceMethod, method, type, period, planPeriod, rows);
    }

    private Comparison compare(WorkspaceId workspaceId, ScenarioData plan, BaselineData planBaseline,
            Proposal proposal, Locale locale, LocalDate today) {
        ScenarioForm form = newForm(plan, proposal, locale, today);
        Optional<ScenarioSolution> solution = Optional.empty();
        Optional<InvalidInputException> problem = Optional.empty();
        try {
            solution = Optional.of(scenarios.solutionOn(workspaceId, form, proposal.baselineRows()));
        } catch (InvalidInputException e) {
            problem = Optional.of(e);
        }
        Optional<Plan> newPlan = solution.flatMap(s -> switch (s.result()) {
            case PlanResult.Feasible(Plan p) -> Optional.of(p);
            case PlanResult.Infeasible i -> Optional.<Plan>empty();
        });
        List<ComparedStage> stages = new ArrayList<>();
        for (int i = 0; i < proposal.rows().size(); i++) {
            ProposedRow row = proposal.rows().get(i);
            int index = i;
            OptionalDouble before = planBaseline.rows().stream().filter(r -> r.stageId() == row.stageId())
                    .mapToDouble(r -> r.volume().doubleValue()).findFirst();
            OptionalLong targetBefore = plan.targets().stream().filter(t -> t.stageName().equals(row.stageName()))
                    .mapToLong(ScenarioData.PlannedTarget::wholeUnits).findFirst();
            OptionalLong targetAfter = newPlan.map(p -> OptionalLong.of(p.stages().get(index).plannedWhole()))
                    .orElse(OptionalLong.empty());
            stages.add(new ComparedStage(row.stageName(), before, targetBefore, row.volume().doubleValue(),
                    targetAfter));
        }
        return new Comparison(form, solution, problem, stages);
    }

    /** The plan of record's goal and levers, over the plan period, named after the plan and the review's day. */
    private static ScenarioForm newForm(ScenarioData plan, Proposal proposal, Locale locale, LocalDate today) {
        String name = GoalpostI18NProvider.translate("replan.scenarioName", locale, plan.name(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(today));
        ScenarioForm f = plan.form();
        return new ScenarioForm(clip(name, 120), 0, f.goalKind(), f.goalStage(), f.goalAmount(), f.dealValue(),
                f.leverKind(), f.steps(), f.weights(), f.volumeShare(), f.ceilingMode(),
                proposal.planPeriod().start(), proposal.planPeriod().end());
    }

    private static String baselineName(Proposal proposal, Locale locale) {
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        return clip(GoalpostI18NProvider.translate("replan.baselineName", locale,
                f.format(proposal.period().start()), f.format(proposal.period().end())), 120);
    }

    /**
     * Conversion rates per step: the plan's (from its stage targets) and the ones measured by the stage KPIs from the
     * plan's start to today (or its end).
     */
    private List<StepRate> rates(WorkspaceId workspaceId, LocalDate today, Optional<ScenarioData> plan,
            Optional<BaselineData> baseline) {
        if (plan.isEmpty() || baseline.isEmpty()) {
            return List.of();
        }
        ScenarioForm f = plan.get().form();
        Optional<KpiFacts.StageVolumes> measured = today.isBefore(f.periodStart()) ? Optional.empty()
                : Optional.of(kpis.stageVolumes(workspaceId, DateRange.of(f.periodStart(),
                        today.isAfter(f.periodEnd()) ? f.periodEnd() : today)));
        List<BaselineRow> rows = baseline.get().rows();
        List<ScenarioData.PlannedTarget> targets = plan.get().targets();
        List<StepRate> out = new ArrayList<>();
        for (int i = 0; i + 1 < rows.size(); i++) {
            OptionalDouble planned = i + 1 < targets.size()
                    ? ratio(targets.get(i + 1).plannedVolume(), targets.get(i).plannedVolume())
                    : OptionalDouble.empty();
            OptionalDouble actual = OptionalDouble.empty();
            if (measured.isPresent()) {
                Optional<KpiFacts.StageTotal> from = rows.get(i).stageKey().flatMap(measured.get()::of);
                Optional<KpiFacts.StageTotal> to = rows.get(i + 1).stageKey().flatMap(measured.get()::of);
                if (from.isPresent() && to.isPresent()) {
                    actual = ratio(to.get().total().doubleValue(), from.get().total().doubleValue());
                }
            }
            out.add(new StepRate(rows.get(i).stageName(), rows.get(i + 1).stageName(), planned, actual));
        }
        return out;
    }

    /** A conversion rate is undefined, not 0, when the upper stage has no volume (docs/method.md). */
    private static OptionalDouble ratio(double next, double stage) {
        return stage > 0 ? OptionalDouble.of(next / stage) : OptionalDouble.empty();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max).strip();
    }
}
