package app.goalpost.planning;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.planning.benchmark.BenchmarkRate;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.benchmark.Estimate;
import app.goalpost.planning.benchmark.Source;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.FunnelWarning;
import app.goalpost.planning.funnel.Stage;
import app.goalpost.planning.lever.LeverAnalysis;
import app.goalpost.planning.pacing.Actuals;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.planning.pacing.Pacing;
import app.goalpost.planning.review.ReviewCadence;
import app.goalpost.planning.review.ReviewInput;
import app.goalpost.planning.review.ReviewPolicy;
import app.goalpost.planning.scenario.Ceilings;
import app.goalpost.planning.scenario.Goal;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.planning.scenario.Planner;
import app.goalpost.planning.scenario.Strategy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every message the engine emits in a broad set of situations has an English template, and renders fully. */
class MessageCoverageTest {

    @Test
    void emittedKeysHaveTemplates() {
        List<Message> all = new ArrayList<>();
        Funnel odd = Funnel.of(Stage.of("A", 10), Stage.of("B", 20), Stage.of("C", 0), Stage.of("D", 0));
        odd.warnings().stream().map(FunnelWarning::message).forEach(all::add);
        Funnel ex = WorkedExample.funnel();
        Source src = Source.of("T", 2025, "t", "https://example.org");
        BenchmarkSet set = new BenchmarkSet("t", "T", List.of(
                new BenchmarkRate("visitor", "lead", Estimate.of(0.01, 0.02, 0.025), src),
                new BenchmarkRate("lead", "mql", Estimate.of(0.3, 0.4, 0.5), src),
                new BenchmarkRate("mql", "sql", Estimate.of(0.61), src)), List.of());
        all.addAll(LeverAnalysis.of(ex).findings());
        all.addAll(LeverAnalysis.of(ex, Optional.of(set)).findings());
        all.addAll(LeverAnalysis.of(WorkedExample.unkeyed()).findings());
        all.addAll(LeverAnalysis.of(odd).findings());
        List<PlanResult> results = List.of(
                Planner.solve(ex, Goal.relative(5, "0.15"), new Strategy.OneRate(0)),
                Planner.solve(ex, Goal.absolute(5, new BigDecimal("18")), new Strategy.OneRate(0)),
                Planner.solve(ex, Goal.relative(5, "0.15"), new Strategy.TopVolume()),
                Planner.solve(WorkedExample.unkeyed(), Goal.relative(5, "0.15"), new Strategy.TopVolume()),
                Planner.solve(ex, Goal.relative(5, "50"), new Strategy.OneRate(0)),
                Planner.solve(ex, Goal.relative(5, "0.15"), Strategy.Rates.equalLift(List.of(0, 1)),
                        Ceilings.none().with(0, 0.031)),
                Planner.solve(odd, Goal.relative(3, "0.1"), new Strategy.OneRate(0)),
                Planner.solve(Funnel.of(Stage.of("A", 10), Stage.of("B", 5), Stage.of("C", 0), Stage.of("D", 2)),
                        Goal.relative(3, "0.1"), new Strategy.OneRate(0)),
                Planner.solve(Funnel.of(Stage.of("A", 0), Stage.of("B", 5)), Goal.relative(1, "0.1"),
                        new Strategy.TopVolume()),
                Planner.solve(Funnel.of(Stage.of("A", 0), Stage.of("B", 5)), Goal.relative(1, "0.1"),
                        new Strategy.OneRate(0)));
        for (PlanResult r : results) {
            switch (r) {
                case PlanResult.Feasible f -> all.addAll(f.plan().messages());
                case PlanResult.Infeasible i -> {
                    i.reasons().forEach(x -> all.add(x.message()));
                    i.bestEffort().ifPresent(s -> {
                        all.add(s.message());
                        all.addAll(s.plan().messages());
                    });
                    i.alternative().ifPresent(p -> all.addAll(p.messages()));
                }
            }
        }
        var q1 = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));
        all.add(Pacing.at(Kpi.cumulative("Leads", 10, q1), Actuals.empty(), q1.end()).message());
        all.add(Pacing.at(Kpi.cumulative("Leads", 10, q1), Actuals.daily(q1.start(), new double[] {3}), q1.end())
                .message());
        all.addAll(ReviewCadence.evaluate(ReviewPolicy.quarterly(), ReviewInput.of(q1.start(), q1.end())
                .withAudienceChanged().withBusinessGoalChanged()
                .withCpa(Money.of("1", "EUR"), Money.of("2", "EUR"))).messages());
        all.addAll(ReviewCadence.evaluate(ReviewPolicy.quarterly(), ReviewInput.of(q1.start(), q1.end().plusDays(9)))
                .messages());

        Set<String> keys = new HashSet<>();
        for (Message m : all) {
            assertThat(Messages.ENGLISH).as("template for %s", m.key()).containsKey(m.key());
            assertThat(Messages.english(m)).as(m.key()).doesNotContain("{");
            keys.add(m.key());
        }
        // the situations above reach almost every key; a key nobody emits is a stale template
        Set<String> unused = new HashSet<>(Messages.ENGLISH.keySet());
        unused.removeAll(keys);
        assertThat(unused).as("templates never emitted here").containsExactlyInAnyOrder(
                "lever.weakest.lead-mql", "lever.lost.visitor-lead", // refinements for other funnel shapes
                "lever.atOrAboveBenchmark"); // covered by LeverAnalysisTest
    }
}
