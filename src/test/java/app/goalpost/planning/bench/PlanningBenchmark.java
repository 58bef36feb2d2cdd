package app.goalpost.planning.bench;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.Money;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;
import app.goalpost.planning.pacing.Actuals;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.planning.pacing.Pacing;
import app.goalpost.planning.pacing.PacingResult;
import app.goalpost.planning.pacing.PacingSeries;
import app.goalpost.planning.scenario.Goal;
import app.goalpost.planning.scenario.PlanResult;
import app.goalpost.planning.scenario.Planner;
import app.goalpost.planning.scenario.Strategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH benchmark of the planning engine (not a test: surefire ignores it). Targets: back-planning a 10-stage funnel
 * ≤ 10 µs/op, a 365-day pacing series ≤ 50 µs/op. Run it with the command in docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlanningBenchmark {

    Funnel funnel10;
    Goal goal;
    Strategy oneRate;
    Strategy equalLift;
    Strategy mix;
    Kpi kpi;
    Actuals actuals;
    Actuals lastYear;
    LocalDate today;
    List<Pacing.Track> dashboard;

    @Setup
    public void setUp() {
        List<Stage> stages = new ArrayList<>();
        double v = 1_000_000;
        double[] rates = {0.04, 0.3, 0.5, 0.6, 0.55, 0.7, 0.5, 0.8, 0.45};
        for (int i = 0; i < 10; i++) {
            Stage s = Stage.of("Stage " + i, v);
            stages.add(i == 0 ? s.withSpend(Money.of("250000", "EUR")) : s);
            if (i < 9) {
                v *= rates[i];
            }
        }
        funnel10 = new Funnel(stages);
        goal = Goal.relative(9, "0.15");
        oneRate = new Strategy.OneRate(0);
        equalLift = Strategy.Rates.equalLift(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
        mix = new Strategy.Mix(0.4, List.of(0, 1, 2), List.of());

        LocalDate start = LocalDate.of(2026, 1, 1);
        DateRange year = DateRange.of(start, LocalDate.of(2026, 12, 31));
        kpi = Kpi.cumulative("Leads", 20_000, year);
        Random rnd = new Random(42);
        double[] daily = new double[365];
        double[] lastDaily = new double[365];
        for (int i = 0; i < 365; i++) {
            daily[i] = 40 + rnd.nextInt(30);
            lastDaily[i] = 35 + rnd.nextInt(30);
        }
        actuals = Actuals.daily(start, daily);
        lastYear = Actuals.daily(LocalDate.of(2025, 1, 1), lastDaily);
        today = LocalDate.of(2026, 8, 15);
        dashboard = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            dashboard.add(new Pacing.Track(kpi, actuals, lastYear));
        }
    }

    @Benchmark
    public PlanResult backPlan10StagesOneRate() {
        return Planner.solve(funnel10, goal, oneRate);
    }

    @Benchmark
    public PlanResult backPlan10StagesEqualLift() {
        return Planner.solve(funnel10, goal, equalLift);
    }

    @Benchmark
    public PlanResult backPlan10StagesMix() {
        return Planner.solve(funnel10, goal, mix);
    }

    @Benchmark
    public PacingSeries pacingSeries365DaysSeasonal() {
        return Pacing.series(kpi, actuals, lastYear, today);
    }

    @Benchmark
    public PacingResult pacingAtDateSeasonal() {
        return Pacing.at(kpi, actuals, lastYear, today);
    }

    @Benchmark
    public List<PacingResult> dashboard25KpisAtDate() {
        return Pacing.all(dashboard, today);
    }

    @Benchmark
    public int dashboard25KpiSeries365Days() {
        int n = 0;
        for (Pacing.Track t : dashboard) {
            n += Pacing.series(t.kpi(), t.actuals(), t.lastYear(), today).days();
        }
        return n;
    }
}
