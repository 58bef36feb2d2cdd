package app.goalpost.planning.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacingTest {

    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    /** 90 days: 31 + 28 + 31. */
    static final DateRange Q1 = DateRange.of(JAN1, LocalDate.of(2026, 3, 31));
    /** Day 45 of Q1. */
    static final LocalDate FEB14 = LocalDate.of(2026, 2, 14);

    static Actuals weekly(LocalDate first, double... values) {
        List<DatedValue> pts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            pts.add(new DatedValue(first.plusWeeks(i), values[i]));
        }
        return Actuals.of(pts);
    }

    @Test
    void methodExample120Of300After45Of90Days() {
        assertThat(Q1.days()).isEqualTo(90);
        Kpi deals = Kpi.cumulative("Leads", 300, Q1);
        // sparse weekly actuals: 6 weeks × 20 = 120 by Feb 14, one more point after D that must not count
        Actuals a = weekly(LocalDate.of(2026, 1, 7), 20, 20, 20, 20, 20, 20, 50);
        PacingResult r = Pacing.at(deals, a, FEB14);
        assertThat(r.elapsed()).isEqualTo(0.5);
        assertThat(r.actual().getAsDouble()).isEqualTo(120);
        assertThat(r.achieved()).isEqualTo(0.4);
        assertThat(r.pace().getAsDouble()).isCloseTo(0.8, within(1e-15));
        assertThat(r.status()).isEqualTo(PacingStatus.BEHIND);
        assertThat(r.projection().getAsDouble()).isEqualTo(240);
        assertThat(r.projectionShare().getAsDouble()).isEqualTo(0.8);
        assertThat(r.seasonal()).isFalse();
        assertThat(r.expected()).isEqualTo(0.5);
        assertThat(Messages.english(r.message())).isEqualTo("Leads: 40% of the goal with 50% of the period elapsed.");

        PacingSeries s = Pacing.series(deals, a, FEB14);
        assertThat(s.days()).isEqualTo(90);
        assertThat(s.expected(44)).isEqualTo(0.5);
        assertThat(s.expected(89)).isEqualTo(1.0);
        assertThat(s.actual(44)).isEqualTo(0.4);
        assertThat(s.actual(0)).isZero();
        assertThat(s.actual(6)).isCloseTo(20 / 300.0, within(1e-15)); // Jan 7
        assertThat(s.hasActual(45)).isFalse();
        assertThat(s.hasProjection(43)).isFalse();
        assertThat(s.projection(44)).isEqualTo(0.4);
        assertThat(s.projection(89)).isCloseTo(0.8, within(1e-15));
        assertThat(s.noActuals()).isFalse();
        assertThat(s.lastActualDay()).isEqualTo(44);
        assertThat(s.date(44)).isEqualTo(FEB14);
        assertThatThrownBy(() -> s.actual(50)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void statusBands() {
        Kpi k = Kpi.cumulative("Deals", 100, Q1);
        LocalDate end = Q1.end(); // elapsed 1
        assertThat(Pacing.at(k, weekly(JAN1, 105), end).status()).isEqualTo(PacingStatus.AHEAD);
        assertThat(Pacing.at(k, weekly(JAN1, 104.9), end).status()).isEqualTo(PacingStatus.ON_TRACK);
        assertThat(Pacing.at(k, weekly(JAN1, 95), end).status()).isEqualTo(PacingStatus.ON_TRACK);
        assertThat(Pacing.at(k, weekly(JAN1, 94.9), end).status()).isEqualTo(PacingStatus.BEHIND);
        assertThat(Pacing.at(k.withTolerance(0.1), weekly(JAN1, 91), end).status()).isEqualTo(PacingStatus.ON_TRACK);
    }

    @Test
    void lowerIsBetterCumulativeIsInverted() {
        Kpi spend = Kpi.cumulative("Ad spend", 300, Q1).withDirection(Kpi.Direction.LOWER_IS_BETTER)
                .withUnit(Kpi.Unit.MONEY);
        Actuals a = weekly(JAN1, 120);
        assertThat(Pacing.at(spend, a, FEB14).status()).isEqualTo(PacingStatus.AHEAD); // 40% used at 50%
        assertThat(Pacing.at(spend, weekly(JAN1, 180), FEB14).status()).isEqualTo(PacingStatus.BEHIND);
        assertThat(Pacing.at(spend, weekly(JAN1, 150), FEB14).status()).isEqualTo(PacingStatus.ON_TRACK);
    }

    @Test
    void levelKpisCompareTheCurrentValueWithTheTarget() {
        Kpi cpa = Kpi.level("CPA", Kpi.Unit.MONEY, Kpi.Direction.LOWER_IS_BETTER, 50, Q1);
        Actuals a = Actuals.of(List.of(new DatedValue(JAN1.plusDays(3), 70), new DatedValue(JAN1.plusDays(30), 45),
                new DatedValue(FEB14.plusDays(1), 99)));
        PacingResult r = Pacing.at(cpa, a, FEB14);
        assertThat(r.actual().getAsDouble()).isEqualTo(45);
        assertThat(r.achieved()).isEqualTo(0.9);
        assertThat(r.status()).isEqualTo(PacingStatus.AHEAD);
        assertThat(r.pace()).isEmpty();
        assertThat(r.projection().getAsDouble()).isEqualTo(45);
        assertThat(Pacing.at(cpa, a, JAN1.plusDays(10)).status()).isEqualTo(PacingStatus.BEHIND); // 70
        assertThat(Pacing.at(cpa, a, JAN1.plusDays(1)).status()).isEqualTo(PacingStatus.NO_DATA);
        Kpi rate = Kpi.level("Visitor→Lead", Kpi.Unit.PERCENT, Kpi.Direction.HIGHER_IS_BETTER, 0.035, Q1);
        Actuals ra = Actuals.of(List.of(new DatedValue(JAN1.plusDays(5), 0.034)));
        assertThat(Pacing.at(rate, ra, FEB14).status()).isEqualTo(PacingStatus.ON_TRACK);
        PacingSeries s = Pacing.series(cpa, a, FEB14);
        assertThat(s.hasActual(2)).isFalse();
        assertThat(s.actual(3)).isEqualTo(1.4);
        assertThat(s.actual(44)).isEqualTo(0.9);
        assertThat(s.expected(10)).isEqualTo(1.0);
        assertThat(s.projection(89)).isEqualTo(0.9);
    }

    @Test
    void datesOutsideThePeriod() {
        Kpi k = Kpi.cumulative("Leads", 300, Q1);
        Actuals a = Actuals.of(List.of(new DatedValue(JAN1.minusDays(1), 1000), new DatedValue(JAN1, 30),
                new DatedValue(Q1.end(), 270), new DatedValue(Q1.end().plusDays(1), 1000)));
        PacingResult before = Pacing.at(k, a, JAN1.minusDays(5));
        assertThat(before.status()).isEqualTo(PacingStatus.NOT_STARTED);
        assertThat(before.elapsed()).isZero();
        assertThat(before.pace()).isEmpty();
        PacingResult after = Pacing.at(k, a, Q1.end().plusDays(40));
        assertThat(after.elapsed()).isEqualTo(1.0);
        assertThat(after.actual().getAsDouble()).isEqualTo(300);
        assertThat(after.status()).isEqualTo(PacingStatus.ON_TRACK);
        assertThat(after.projection().getAsDouble()).isEqualTo(300);
        PacingSeries s = Pacing.series(k, a, JAN1.minusDays(1));
        assertThat(s.noActuals()).isTrue();
        assertThat(s.lastActualDay()).isEqualTo(-1);
        assertThat(s.hasProjection(0)).isFalse();
        assertThat(Pacing.series(k, a, Q1.end().plusDays(3)).actual(89)).isEqualTo(1.0);
    }

    @Test
    void oneDayPeriod() {
        LocalDate day = LocalDate.of(2026, 6, 1);
        Kpi k = Kpi.cumulative("Webinar sign-ups", 50, DateRange.of(day, day));
        PacingResult r = Pacing.at(k, Actuals.of(List.of(new DatedValue(day, 60))), day);
        assertThat(r.elapsed()).isEqualTo(1.0);
        assertThat(r.status()).isEqualTo(PacingStatus.AHEAD);
        assertThat(Pacing.series(k, Actuals.empty(), day).days()).isEqualTo(1);
    }

    @Test
    void aPeriodWithoutActualsIsValidAndSaysSo() {
        Kpi k = Kpi.cumulative("Leads", 300, Q1);
        PacingResult r = Pacing.at(k, Actuals.empty(), FEB14);
        assertThat(r.status()).isEqualTo(PacingStatus.NO_DATA);
        assertThat(r.noActuals()).isTrue();
        assertThat(r.elapsed()).isEqualTo(0.5);
        assertThat(r.projection()).isEmpty();
        assertThat(r.message().key()).isEqualTo("pacing.noActuals");
        PacingSeries s = Pacing.series(k, Actuals.empty(), FEB14);
        assertThat(s.noActuals()).isTrue();
        assertThat(s.hasActual(0)).isFalse();
        assertThat(s.hasProjection(80)).isFalse();
        assertThat(s.expected(44)).isEqualTo(0.5);
    }

    @Test
    void seasonalExpectedCurveFromLastYear() {
        Kpi k = Kpi.cumulative("Leads", 300, Q1);
        // last year: 200 in the first 45 days (Jan 2 and Feb 10, 2025), 100 after; plus noise outside the period
        Actuals ly = Actuals.of(List.of(new DatedValue(LocalDate.of(2025, 1, 2), 150),
                new DatedValue(LocalDate.of(2025, 2, 10), 50), new DatedValue(LocalDate.of(2025, 3, 20), 100),
                new DatedValue(LocalDate.of(2025, 4, 2), 999)));
        Actuals a = weekly(LocalDate.of(2026, 1, 7), 20, 20, 20, 20, 20, 20);
        PacingResult r = Pacing.at(k, a, ly, FEB14);
        assertThat(r.seasonal()).isTrue();
        assertThat(r.expected()).isCloseTo(200 / 300.0, within(1e-15));
        assertThat(r.pace().getAsDouble()).isCloseTo(0.8, within(1e-15)); // the method's pace is unchanged
        assertThat(r.paceVsExpected().getAsDouble()).isCloseTo(0.6, within(1e-15));
        assertThat(r.status()).isEqualTo(PacingStatus.BEHIND);
        PacingSeries s = Pacing.series(k, a, ly, FEB14);
        assertThat(s.seasonal()).isTrue();
        assertThat(s.expected(0)).isZero();
        assertThat(s.expected(1)).isCloseTo(0.5, within(1e-15));
        assertThat(s.expected(44)).isCloseTo(r.expected(), within(1e-15));
        assertThat(s.expected(89)).isEqualTo(1.0);
        // last year with nothing in the period: straight line
        Actuals empty = Actuals.of(List.of(new DatedValue(LocalDate.of(2025, 6, 1), 5)));
        assertThat(Pacing.at(k, a, empty, FEB14).seasonal()).isFalse();
        // a seasonal share of 0 by D: anything achieved is ahead
        Actuals late = Actuals.of(List.of(new DatedValue(LocalDate.of(2025, 3, 30), 10)));
        assertThat(Pacing.at(k, a, late, FEB14).status()).isEqualTo(PacingStatus.AHEAD);
    }

    @Test
    void manyKpisAtOnceAndValidation() {
        Kpi k = Kpi.cumulative("Leads", 300, Q1);
        List<PacingResult> rs = Pacing.all(List.of(new Pacing.Track(k, weekly(JAN1, 150), Actuals.empty()),
                new Pacing.Track(k, Actuals.empty(), Actuals.empty())), FEB14);
        assertThat(rs).extracting(PacingResult::status).containsExactly(PacingStatus.ON_TRACK, PacingStatus.NO_DATA);
        assertThatThrownBy(() -> Kpi.cumulative("x", 0, Q1)).hasMessageContaining("> 0");
        assertThatThrownBy(() -> k.withTolerance(1.5)).hasMessageContaining("tolerance");
        assertThatThrownBy(() -> new DatedValue(JAN1, Double.NaN)).hasMessageContaining("finite");
        assertThat(k.withStageKey("lead").stageKey()).contains("lead");
        Actuals daily = Actuals.daily(JAN1, new double[] {1, 2, 3});
        assertThat(daily.sum(JAN1, JAN1.plusDays(1))).isEqualTo(3);
        assertThat(daily.latest(JAN1.plusDays(5), JAN1.plusDays(9))).isEmpty();
        assertThat(daily.any(JAN1.minusDays(3), JAN1.minusDays(1))).isFalse();
        Actuals dup = Actuals.of(List.of(new DatedValue(JAN1, 1), new DatedValue(JAN1, 2), new DatedValue(JAN1, 4)));
        assertThat(dup.sum(JAN1, JAN1)).isEqualTo(7);
        assertThat(dup.latest(JAN1, JAN1).getAsDouble()).isEqualTo(4);
    }
}
