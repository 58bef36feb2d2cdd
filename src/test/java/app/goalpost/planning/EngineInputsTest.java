package app.goalpost.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;
import app.goalpost.planning.lever.Lever;
import app.goalpost.planning.lever.LeverAnalysis;
import app.goalpost.planning.scenario.Goal;
import app.goalpost.planning.scenario.Infeasibility;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.planning.scenario.Planner;
import app.goalpost.planning.scenario.Strategy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Funnels with a zero stage in the middle, and inputs too large for the engine's doubles. */
class EngineInputsTest {

    /** 5 customers out of an MQL stage of 0 (period lag or a data error): nothing upstream can grow them. */
    static final Funnel ZERO_MIDDLE = Funnel.of(Stage.of("Visitors", 1000), Stage.of("Leads", 50),
            Stage.of("MQL", 0), Stage.of("Customers", 5));

    @Test
    void liftingARateAboveAZeroStageIsRefusedWithTheReason() {
        PlanResult r = Planner.solve(ZERO_MIDDLE, Goal.relative(3, "0.1"), new Strategy.OneRate(0));
        assertThat(r).isInstanceOf(PlanResult.Infeasible.class);
        Infeasibility reason = ((PlanResult.Infeasible) r).reasons().get(0);
        assertThat(reason.reason()).isEqualTo(Infeasibility.Reason.LEVER_NO_DATA);
        assertThat(Messages.english(reason.message()))
                .isEqualTo("Visitors → Leads cannot carry the goal: MQL is 0 on the way to Customers, "
                        + "so a higher rate adds no Customers.");
    }

    @Test
    void theLeverAnalysisDoesNotRankAStepThePlannerRefuses() {
        LeverAnalysis a = LeverAnalysis.of(ZERO_MIDDLE);
        // the 0% step (Leads → MQL) used to rank first as "the weakest" and be proposed as lever 1
        assertThat(a.mainLevers()).isEmpty();
        assertThat(a.ranked()).extracting(Lever::tier).containsOnly(5);
        assertThat(a.findings()).extracting(Messages::english).contains(
                "Leads → MQL is 0%: lifting a 0% rate by any percentage leaves it at 0%, so it is not ranked as a "
                        + "lever. Check the data of MQL.",
                "Visitors → Leads cannot grow Customers: MQL has a volume of 0 on the way, so it is not ranked as a "
                        + "lever. Check the data of MQL.");
        assertThat(a.findings()).extracting(Message::key).doesNotContain("lever.weakest", "lever.main");
    }

    @Test
    void plannerAndLeverAnalysisAgreeOnEveryStep() {
        Funnel zeroSecond = Funnel.of(Stage.of("Visitors", 1000), Stage.of("Leads", 0), Stage.of("MQL", 10),
                Stage.of("Customers", 3));
        for (Funnel f : new Funnel[] {ZERO_MIDDLE, zeroSecond, WorkedExample.funnel()}) {
            LeverAnalysis a = LeverAnalysis.of(f);
            for (Lever l : a.levers()) {
                PlanResult r = Planner.solve(f, Goal.relative(f.last(), "0.1"), new Strategy.OneRate(l.step()));
                assertThat(r instanceof PlanResult.Feasible).as("%s step %s (tier %s)", f, l.step(), l.tier())
                        .isEqualTo(l.tier() < 5);
            }
        }
        assertThat(LeverAnalysis.of(zeroSecond).mainLevers()).extracting(Lever::step).containsExactly(2);
    }

    @Test
    void aGoalTooLargeForADoubleIsRefusedLikeOtherBadInputs() {
        Funnel f = Funnel.of(Stage.of("Leads", 100), Stage.of("Customers", 5));
        assertThatThrownBy(() -> Planner.solve(f, Goal.absolute(1, new BigDecimal("1e400")), new Strategy.TopVolume()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal");
        assertThatThrownBy(() -> Planner.solve(f, Goal.relative(1, "1e400"), new Strategy.OneRate(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal");
    }

    @Test
    void aVolumeTooLargeForTheEngineIsRefusedAtTheStage() {
        assertThatThrownBy(() -> Stage.of("Visitors", Double.MAX_VALUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Visitors");
        // the largest accepted volume still plans to finite figures
        Funnel big = Funnel.of(Stage.of("Visitors", Units.MAX_VOLUME), Stage.of("Customers", 5));
        PlanResult r = Planner.solve(big, Goal.relative(1, "0.5"), new Strategy.TopVolume());
        assertThat(r).isInstanceOf(PlanResult.Feasible.class);
        var plan = ((PlanResult.Feasible) r).plan();
        assertThat(plan.media().extraVolume()).isFinite().isGreaterThan(0);
    }

    @Test
    void aPlanThatWouldNeedAstronomicalVolumesIsRefused() {
        // a tiny fractional baseline (benchmark baselines give fractions) turns a modest goal into a huge multiplier
        Funnel f = Funnel.of(Stage.of("Visitors", 1e12), Stage.of("Customers", 1e-300));
        assertThatThrownBy(() -> Planner.solve(f, Goal.absolute(1, new BigDecimal("10")), new Strategy.TopVolume()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal");
    }
}
