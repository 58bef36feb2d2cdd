package app.goalpost.planning.lever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.Message;
import app.goalpost.planning.Messages;
import app.goalpost.planning.Money;
import app.goalpost.planning.WorkedExample;
import app.goalpost.planning.benchmark.BenchmarkRate;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.benchmark.Estimate;
import app.goalpost.planning.benchmark.Source;
import app.goalpost.planning.funnel.Funnel;
import app.goalpost.planning.funnel.Stage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LeverAnalysisTest {

    static final Source SRC = Source.of("T", 2025, "t", "https://example.org");

    @Test
    void reproducesTheMethodsReading() {
        LeverAnalysis a = LeverAnalysis.of(WorkedExample.funnel());
        List<String> en = a.findings().stream().map(Messages::english).toList();
        assertThat(en).contains(
                "Website visitors → Leads is the weakest at 3%: 97% of traffic is not ready to buy.",
                "Leads → MQL is 25%: 75% of leads are not qualified.",
                "MQL → SQL is high at 60%: MQL quality is good.",
                "Lever 1: more website leads (Website visitors → Leads).",
                "Lever 2: better lead quality (Leads → MQL).");
        assertThat(a.findings().get(0).key()).isEqualTo("lever.weakest.visitor-lead");
        assertThat(a.findings().get(0).args()).containsExactly("Website visitors", "Leads", 0.03, 0.97);
        assertThat(a.findings().get(1).key()).isEqualTo("lever.lost.lead-mql");
        assertThat(a.findings().get(2).key()).isEqualTo("lever.high.mql-sql");
        assertThat(a.mainLevers()).extracting(Lever::step).containsExactly(0, 1);
        // ranking without benchmarks: by level, high ones after, step order 0,1,4,3,2
        assertThat(a.ranked()).extracting(Lever::step).containsExactly(0, 1, 4, 3, 2);
        assertThat(a.levers().get(1).lostShare().getAsDouble()).isCloseTo(0.75, within(1e-15));
        assertThat(a.levers().get(3).marketingInfluenced()).isFalse();
        assertThat(a.levers()).allSatisfy(l -> assertThat(l.position()).isEqualTo(Position.NO_BENCHMARK));
    }

    @Test
    void unkeyedFunnelUsesGenericKeys() {
        LeverAnalysis a = LeverAnalysis.of(WorkedExample.unkeyed());
        assertThat(a.findings()).extracting(Message::key).containsExactly("lever.weakest", "lever.lost", "lever.high",
                "lever.high", "lever.lost", "lever.main", "lever.main");
        assertThat(Messages.english(a.findings().get(1))).isEqualTo("Leads → MQL is 25%: 75% of Leads do not become MQL.");
    }

    @Test
    void benchmarkHeadroomRanksAndPricesLevers() {
        BenchmarkSet set = new BenchmarkSet("t", "T", List.of(
                new BenchmarkRate("visitor", "lead", Estimate.of(0.02, 0.03, 0.05), SRC), // at median
                new BenchmarkRate("lead", "mql", Estimate.of(0.3, 0.4, 0.5), SRC), // 25% below low
                new BenchmarkRate("mql", "sql", Estimate.of(0.5), SRC), // 60% above median
                new BenchmarkRate("sql", "opportunity", Estimate.of(0.4, 0.6, 0.7), SRC)), // 50% below median
                List.of());
        LeverAnalysis a = LeverAnalysis.of(WorkedExample.funnel(), Optional.of(set));
        Lever leadMql = a.levers().get(1);
        assertThat(leadMql.position()).isEqualTo(Position.BELOW_LOW);
        assertThat(leadMql.gapToMedian().getAsDouble()).isCloseTo(0.15, within(1e-15));
        assertThat(leadMql.extraOutputAtMedian().getAsDouble()).isCloseTo(18 * (0.4 / 0.25 - 1), within(1e-9)); // 10.8
        // 10.8 customers via traffic: 10.8 / (18/20000) visitors × 0.50 EUR = 6,000 EUR
        assertThat(leadMql.costViaVolume().orElseThrow().amount().doubleValue()).isCloseTo(6000, within(1e-6));
        Lever sqlOpp = a.levers().get(3);
        assertThat(sqlOpp.position()).isEqualTo(Position.BELOW_MEDIAN);
        assertThat(sqlOpp.extraOutputAtMedian().getAsDouble()).isCloseTo(3.6, within(1e-9));
        assertThat(a.levers().get(0).position()).isEqualTo(Position.AT_OR_ABOVE_MEDIAN);
        assertThat(a.levers().get(0).extraOutputAtMedian().getAsDouble()).isZero();
        assertThat(a.levers().get(0).costViaVolume()).isEmpty();
        assertThat(a.levers().get(2).position()).isEqualTo(Position.AT_OR_ABOVE_MEDIAN);
        assertThat(a.levers().get(4).position()).isEqualTo(Position.NO_BENCHMARK);
        // headroom first (10.8 > 3.6), then unbenchmarked 40%, then at/above median closest first (3% = 1.0×, 60% = 1.2×)
        assertThat(a.ranked()).extracting(Lever::step).containsExactly(1, 3, 4, 0, 2);
        assertThat(a.ranked()).extracting(Lever::rank).containsExactly(1, 2, 3, 4, 5);
        // main levers are marketing ones only: SQL→Opportunity is sales-owned
        assertThat(a.mainLevers()).extracting(Lever::step).containsExactly(1);
        assertThat(a.findings()).extracting(Message::key).contains("lever.belowBenchmarkLow", "lever.costViaVolume",
                "lever.belowBenchmark", "lever.atOrAboveBenchmark");
        assertThat(a.findings().stream().map(Messages::english)).contains(
                "Buying the same 10.8 Customers as extra traffic would cost about 6,000.00 EUR.");
    }

    @Test
    void costIsUnknownWithoutFirstStageSpendAndNoDataIsExplicit() {
        BenchmarkSet set = new BenchmarkSet("t", "T", List.of(
                new BenchmarkRate("visitor", "lead", Estimate.of(0.05), SRC)), List.of());
        Funnel f = Funnel.of(Stage.of("V", "visitor", 1000), Stage.of("L", "lead", 10), Stage.of("X", 0),
                Stage.of("Y", 0));
        LeverAnalysis a = LeverAnalysis.of(f, Optional.of(set));
        assertThat(a.levers().get(0).extraOutputAtMedian().getAsDouble()).isZero(); // last stage is 0
        assertThat(a.levers().get(0).costViaVolume()).isEmpty();
        assertThat(a.levers().get(2).position()).isEqualTo(Position.NO_DATA);
        assertThat(a.levers().get(2).lostShare()).isEmpty();
        assertThat(a.ranked().get(2).step()).isEqualTo(2);
        assertThat(a.findings()).extracting(Message::key).contains("lever.noData");
        Funnel withSpend = Funnel.of(Stage.of("V", "visitor", 1000), Stage.of("L", "lead", 10));
        assertThat(LeverAnalysis.of(withSpend, Optional.of(set)).levers().get(0).costViaVolume()).isEmpty();
        Funnel paid = Funnel.of(Stage.of("V", "visitor", 1000).withSpend(Money.of("100", "EUR")),
                Stage.of("L", "lead", 10));
        // 10 → 50 leads at median: 40 more leads = 4,000 visitors × 0.10 EUR
        assertThat(LeverAnalysis.of(paid, Optional.of(set)).levers().get(0).costViaVolume().orElseThrow()
                .amount().doubleValue()).isCloseTo(400, within(1e-9));
    }

    @Test
    void rateAbove100LosesNothing() {
        LeverAnalysis a = LeverAnalysis.of(Funnel.of(Stage.of("Leads", 50), Stage.of("Deals", 60)));
        assertThat(a.levers().get(0).lostShare().getAsDouble()).isZero();
        assertThat(a.findings().get(0).key()).isEqualTo("lever.high");
        assertThat(a.mainLevers()).isEmpty();
    }
}
