package app.goalpost.planning.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.Money;
import app.goalpost.planning.benchmark.BenchmarkCost;
import app.goalpost.planning.benchmark.BenchmarkRate;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.planning.benchmark.Estimate;
import app.goalpost.planning.benchmark.Point;
import app.goalpost.planning.benchmark.Source;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchmarkBaselineTest {

    static final Source SRC = Source.of("Test", 2025, "t", "https://example.org/t");

    static BenchmarkSet set(String paidStage, String cost) {
        return new BenchmarkSet("t", "Test", List.of(
                new BenchmarkRate("visitor", "lead", Estimate.of(0.02, 0.03, 0.05), SRC),
                new BenchmarkRate("lead", "mql", Estimate.of(0.25), SRC),
                new BenchmarkRate("mql", "customer", Estimate.of(0.1, 0.2, 0.3), SRC)),
                List.of(new BenchmarkCost(paidStage, Currency.getInstance("EUR"), Optional.of(new BigDecimal("0.25")),
                        new BigDecimal(cost), Optional.empty(), SRC)));
    }

    @Test
    void budgetBuysTopOfFunnelAndRatesGiveTheRest() {
        Funnel f = BenchmarkBaseline.fromBudget(set("visitor", "0.5"), Money.of("10000", "EUR"));
        assertThat(f.volume(0)).isEqualTo(20_000);
        assertThat(f.volume(1)).isCloseTo(600, within(1e-9));
        assertThat(f.volume(2)).isCloseTo(150, within(1e-9));
        assertThat(f.volume(3)).isCloseTo(30, within(1e-9));
        assertThat(f.stage(0).benchmarkKey()).contains("visitor");
        assertThat(f.cpa(0).orElseThrow().sameAs(Money.of("0.5", "EUR"))).isTrue();
        assertThat(f.stage(1).spend()).isEmpty();
    }

    @Test
    void paidStageInTheMiddleBackComputesUpstream() {
        Funnel f = BenchmarkBaseline.fromBudget(set("lead", "20"), Money.of("12000", "EUR"));
        assertThat(f.volume(1)).isEqualTo(600);
        assertThat(f.volume(0)).isCloseTo(20_000, within(1e-9));
        assertThat(f.volume(3)).isCloseTo(30, within(1e-9));
        assertThat(f.cpa(1).orElseThrow().sameAs(Money.of("20", "EUR"))).isTrue();
    }

    @Test
    void lowPointUsesLowsAndFallsBackToMedian() {
        Funnel f = BenchmarkBaseline.fromBudget(set("visitor", "0.5"), Money.of("10000", "EUR"), "visitor", Point.LOW);
        assertThat(f.volume(0)).isEqualTo(40_000); // 10000 / 0.25
        assertThat(f.rate(0).value()).isCloseTo(0.02, within(1e-12));
        assertThat(f.rate(1).value()).isCloseTo(0.25, within(1e-12)); // no low: median
        assertThat(f.rate(2).value()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void errors() {
        assertThatThrownBy(() -> BenchmarkBaseline.fromBudget(set("visitor", "0.5"), Money.of("10", "USD")))
                .hasMessageContaining("convert");
        assertThatThrownBy(() -> BenchmarkBaseline.fromBudget(set("visitor", "0.5"), Money.of("0", "EUR")))
                .hasMessageContaining("> 0");
        assertThatThrownBy(() -> BenchmarkBaseline.fromBudget(set("visitor", "0.5"), Money.of("1", "EUR"), "sql",
                Point.MEDIAN)).hasMessageContaining("not in set");
        assertThatThrownBy(() -> BenchmarkBaseline.fromBudget(set("visitor", "0.5"), Money.of("1", "EUR"), "lead",
                Point.MEDIAN)).hasMessageContaining("no cost");
        BenchmarkSet gap = new BenchmarkSet("g", "Gap", List.of(
                new BenchmarkRate("visitor", "lead", Estimate.of(0.03), SRC),
                new BenchmarkRate("mql", "sql", Estimate.of(0.5), SRC)),
                List.of(new BenchmarkCost("visitor", Currency.getInstance("EUR"), Optional.empty(), BigDecimal.ONE,
                        Optional.empty(), SRC)));
        assertThatThrownBy(() -> BenchmarkBaseline.fromBudget(gap, Money.of("1", "EUR")))
                .hasMessageContaining("lead → mql");
        assertThat(BenchmarkBaseline.budgetFor(set("visitor", "0.5").costs().get(0), Point.MEDIAN, 100).amount())
                .isEqualByComparingTo("50");
    }
}
