package app.goalpost.review;

import app.goalpost.funnel.BaselineRow;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.planning.funnel.BaselinePeriods.PeriodType;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioSolution;
import app.goalpost.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The review itself (docs/method.md, step 5), as {@link ReplanService#page} builds it: the plan of record against
 * the latest data, the open triggers, the baseline proposed from recent actuals and the plan of record's goal solved
 * on it, side by side with the plan of record.
 *
 * @param canHold    the signed-in user may record the review (agency staff with access)
 * @param plan       the plan of record of today's period (else the latest one); empty when none was adopted
 * @param kpis       every active KPI paced today
 * @param rates      per funnel step, the plan's conversion rate and the one measured so far in the plan's period
 * @param comparison the new plan, when there is a plan of record and the proposal has actuals
 * @param people     who may be listed as participants: the people who may see the workspace
 * @param session    the workspace's running goal-setting session, in which the review can be held
 */
public record ReplanPage(LocalDate today, boolean canHold, Optional<PlanOfRecord> plan,
        List<KpiFacts.KpiStanding> kpis, List<StepRate> rates, List<RecordedTrigger> openTriggers,
        Proposal proposal, Optional<Comparison> comparison, List<Person> people, Optional<Session> session) {

    public ReplanPage {
        kpis = List.copyOf(kpis);
        rates = List.copyOf(rates);
        openTriggers = List.copyOf(openTriggers);
        people = List.copyOf(people);
    }

    /** The plan of record, as the review record will capture it, and the name of the baseline it was built on. */
    public record PlanOfRecord(PlanSnapshot snapshot, long version, long baselineId, String baselineName) {
    }

    /** One funnel step: from one stage to the next. Rates are fractions; empty when undefined (volume 0). */
    public record StepRate(String from, String to, OptionalDouble planned, OptionalDouble actual) {
    }

    /**
     * The proposed baseline.
     *
     * @param workspaceMethod the method the workspace uses (its current baseline's, else the one its stage suits)
     * @param method          the method of the proposed baseline (a startup moves to its own previous period)
     * @param period          the days whose actuals make it
     * @param planPeriod      the period the new plan covers: the fiscal quarter (or month) holding the review's day
     * @param rows            every stage of the funnel, in order
     */
    public record Proposal(BaselineMethod workspaceMethod, BaselineMethod method, PeriodType type, DateRange period,
            DateRange planPeriod, List<ProposedRow> rows) {

        public Proposal {
            rows = List.copyOf(rows);
        }

        /** A proposal worth creating: at least one stage measured in the period. */
        public boolean fromActuals() {
            return rows.stream().anyMatch(r -> r.source() == Source.ACTUALS);
        }

        public List<BaselineRow> baselineRows() {
            return rows.stream().map(r -> new BaselineRow(r.stageId(), r.stageName(), r.stageKey(), r.volume(),
                    r.spend())).toList();
        }
    }

    /** Where a proposed stage volume comes from. */
    public enum Source {
        /** The sum of the stage KPI's actuals over the period. */
        ACTUALS,
        /** No stage KPI (or no value in the period): kept from the current baseline, with its spend. */
        CURRENT_BASELINE
    }

    public record ProposedRow(long stageId, String stageName, Optional<String> stageKey, BigDecimal volume,
            Optional<BigDecimal> spend, Source source, int daysWithData) {
    }

    /**
     * The plan of record's goal on the proposed baseline, side by side with the plan of record.
     *
     * @param form     the new scenario as it would be created (its baseline id is set when the baseline exists)
     * @param solution the engine's answer, or the reason the goal cannot be planned on the proposed baseline
     */
    public record Comparison(ScenarioForm form, Optional<ScenarioSolution> solution,
            Optional<InvalidInputException> problem, List<ComparedStage> stages) {

        public Comparison {
            stages = List.copyOf(stages);
        }

        /** Whether the new plan can be adopted as the plan of record. */
        public boolean adoptable() {
            return solution.isPresent() && solution.get().result() instanceof app.goalpost.planning.scenario
                    .PlanResult.Feasible;
        }
    }

    /** One stage: baseline and target of the plan of record, and of the new plan. */
    public record ComparedStage(String stage, OptionalDouble baselineBefore, OptionalLong targetBefore,
            double baselineAfter, OptionalLong targetAfter) {
    }

    public record Person(long userId, String name, boolean client) {
    }

    public record Session(long id, String title) {
    }
}
