package app.goalpost.planning.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.Money;
import app.goalpost.planning.Rate;
import app.goalpost.planning.WorkedExample;
import app.goalpost.planning.funnel.BaselinePeriods.PeriodType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FunnelTest {

    @Test
    void workedExampleRates() {
        Funnel f = WorkedExample.funnel();
        assertThat(f.rates()).extracting(Rate::value).containsExactly(0.03, 0.25, 0.6, 0.5, 0.4);
        assertThat(f.overallRate().value()).isEqualTo(18.0 / 20_000);
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void cpaAndCostPerCustomer() {
        Funnel f = Funnel.of(
                Stage.of("Visitors", 20_000).withSpend(Money.of("10000", "EUR")),
                Stage.of("Leads", 600).withSpend(Money.of("2000", "EUR")),
                Stage.of("Customers", 18));
        assertThat(f.cpa(0).orElseThrow().sameAs(Money.of("0.5", "EUR"))).isTrue();
        assertThat(f.cpa(1).orElseThrow().amount()).isEqualByComparingTo("3.333333333333333");
        assertThat(f.cpa(2)).isEmpty(); // no spend attributed to customers
        assertThat(f.totalSpend().orElseThrow().sameAs(Money.of("12000", "EUR"))).isTrue();
        assertThat(f.costPerCustomer().orElseThrow().amount()).isEqualByComparingTo("666.6666666666667");
    }

    @Test
    void noSpendMeansNoCpa() {
        Funnel f = WorkedExample.unkeyed();
        assertThat(f.cpa(0)).isEmpty();
        assertThat(f.costPerCustomer()).isEmpty();
        assertThat(f.currency()).isEmpty();
    }

    @Test
    void zeroVolumeMakesDownstreamUndefinedNotZero() {
        Funnel f = Funnel.of(Stage.of("A", 100), Stage.of("B", 0), Stage.of("C", 0));
        assertThat(f.rate(0)).isEqualTo(Rate.of(0.0));
        assertThat(f.rate(1).isDefined()).isFalse();
        assertThat(f.rate(1)).isInstanceOf(Rate.NoData.class);
        assertThatThrownBy(() -> f.rate(1).value()).isInstanceOf(IllegalStateException.class);
        assertThat(f.rate(1).orElse(-1)).isEqualTo(-1);
        assertThat(f.warnings()).extracting(FunnelWarning::code, FunnelWarning::index).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FunnelWarning.Code.ZERO_VOLUME, 1),
                org.assertj.core.groups.Tuple.tuple(FunnelWarning.Code.RATE_UNDEFINED, 1),
                org.assertj.core.groups.Tuple.tuple(FunnelWarning.Code.ZERO_VOLUME, 2));
        assertThat(f.firstZeroStage()).hasValue(1);
        assertThat(Funnel.of(Stage.of("A", 0), Stage.of("B", 0)).overallRate().isDefined()).isFalse();
    }

    @Test
    void rateAbove100IsAllowedButFlagged() {
        Funnel f = Funnel.of(Stage.of("Leads", 50), Stage.of("Deals", 60));
        assertThat(f.rate(0).value()).isEqualTo(1.2);
        FunnelWarning w = f.warnings().get(0);
        assertThat(w.code()).isEqualTo(FunnelWarning.Code.RATE_ABOVE_100);
        assertThat(w.index()).isZero();
        assertThat(w.message().key()).isEqualTo("funnel.warning.rateAbove100");
        assertThat(w.message().args()).containsExactly("Leads", "Deals", 1.2);
    }

    @Test
    void validation() {
        assertThatThrownBy(() -> Funnel.of(Stage.of("A", 1))).hasMessageContaining("at least 2");
        assertThatThrownBy(() -> Stage.of("A", -1)).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> Stage.of("A", Double.NaN)).hasMessageContaining("finite");
        assertThatThrownBy(() -> Stage.of(" ", 1)).hasMessageContaining("blank");
        assertThatThrownBy(() -> Stage.of("A", "Visitor", 1)).hasMessageContaining("lowercase");
        assertThatThrownBy(() -> Funnel.of(Stage.of("A", 1).withSpend(Money.of("1", "EUR")),
                Stage.of("B", 1).withSpend(Money.of("1", "USD")))).hasMessageContaining("one currency");
        assertThatThrownBy(() -> Stage.of("A", 1).withSpend(Money.of("-1", "EUR"))).hasMessageContaining("negative");
    }

    @Test
    void moneyScalingOnlyTouchesMoney() {
        Funnel f = WorkedExample.funnel();
        Funnel g = f.withMoneyScaled(new BigDecimal("3"));
        assertThat(g.rates()).isEqualTo(f.rates());
        assertThat(g.cpa(0).orElseThrow().sameAs(Money.of("1.5", "EUR"))).isTrue();
        assertThat(g.indexOfKey("mql")).hasValue(2);
        assertThat(g.indexOfKey("nope")).isEmpty();
    }

    @Test
    void previousPeriods() {
        LocalDate ref = LocalDate.of(2026, 11, 27);
        assertThat(BaselinePeriods.previousPeriod(PeriodType.MONTH, ref))
                .isEqualTo(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)));
        assertThat(BaselinePeriods.previousPeriod(PeriodType.QUARTER, ref))
                .isEqualTo(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        // January: previous month / quarter lie in the previous year
        LocalDate jan = LocalDate.of(2026, 1, 1);
        assertThat(BaselinePeriods.previousPeriod(PeriodType.MONTH, jan))
                .isEqualTo(DateRange.of(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)));
        assertThat(BaselinePeriods.previousPeriod(PeriodType.QUARTER, jan))
                .isEqualTo(DateRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        assertThat(BaselinePeriods.previousPeriod(PeriodType.MONTH, LocalDate.of(2024, 3, 31)))
                .isEqualTo(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(BaselinePeriods.periodContaining(PeriodType.QUARTER, ref).days()).isEqualTo(92);
    }

    @Test
    void samePeriodLastYear() {
        assertThat(BaselinePeriods.samePeriodLastYear(PeriodType.QUARTER, LocalDate.of(2026, 11, 27)))
                .isEqualTo(DateRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)));
        // month end stays month end across leap years
        assertThat(BaselinePeriods.samePeriodLastYear(
                DateRange.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28))))
                .isEqualTo(DateRange.of(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(BaselinePeriods.samePeriodLastYear(
                DateRange.of(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 29))))
                .isEqualTo(DateRange.of(LocalDate.of(2023, 2, 10), LocalDate.of(2023, 2, 28)));
    }

    @Test
    void recommendedBaselineMethod() {
        assertThat(BaselineMethod.recommendedFor(BaselineMethod.CompanyProfile.STARTUP))
                .isEqualTo(BaselineMethod.BENCHMARKS_AND_BUDGET);
        assertThat(BaselineMethod.recommendedFor(BaselineMethod.CompanyProfile.SCALE_UP))
                .isEqualTo(BaselineMethod.OWN_PREVIOUS_PERIOD);
        assertThat(BaselineMethod.recommendedFor(BaselineMethod.CompanyProfile.ESTABLISHED))
                .isEqualTo(BaselineMethod.SAME_PERIOD_LAST_YEAR);
    }

    @Test
    void dateRangeBasics() {
        DateRange one = DateRange.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1));
        assertThat(one.days()).isEqualTo(1);
        assertThat(one.contains(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(one.contains(LocalDate.of(2026, 1, 2))).isFalse();
        assertThatThrownBy(() -> DateRange.of(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(List.of(one)).hasSize(1);
        assertThat(Money.of("1", "EUR").ratioTo(Money.of("4", "EUR"))).isCloseTo(0.25, within(1e-15));
    }
}
