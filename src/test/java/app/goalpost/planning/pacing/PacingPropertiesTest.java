package app.goalpost.planning.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.DateRange;
import app.goalpost.planning.RandomFunnels;
import app.goalpost.planning.RandomFunnels.Series;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of pacing, checked on seeded random cases from {@link RandomFunnels}; a failure prints the case seed and
 * input.
 */
class PacingPropertiesTest {

    static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** Better status ranks higher; NO_DATA / NOT_STARTED are not comparable and excluded by construction. */
    static int goodness(PacingStatus s) {
        return switch (s) {
            case BEHIND -> 0;
            case ON_TRACK -> 1;
            case AHEAD -> 2;
            default -> throw new AssertionError(s);
        };
    }

    /**
     * A cumulative KPI (target 1000) over 1–400 days, a date −10..450 days from the start, 1–30 actuals on days
     * 0–399 with values 0–1000, and one of them ({@code which}, 0–29, modulo the count) increased by 0–500.
     */
    record CumulativeCase(int days, int dOffset, Series series, int which, double increment, boolean lowerIsBetter) {
    }

    @Test
    void cumulativePacingIsMonotoneInActuals() {
        RandomFunnels.forAll("cumulativePacingIsMonotoneInActuals", 0x9ACE_0001L, 300,
                g -> new CumulativeCase(g.intBetween(1, 400), g.intBetween(-10, 450), g.series(30, 399, 1000),
                        g.intBetween(0, 29), g.doubleBetween(0, 500, 2), g.bool()),
                PacingPropertiesTest::cumulativePacingIsMonotoneInActuals);
    }

    private static void cumulativePacingIsMonotoneInActuals(CumulativeCase c) {
        int days = c.days();
        int dOffset = c.dOffset();
        boolean lowerIsBetter = c.lowerIsBetter();
        Kpi k = RandomFunnels.cumulativeKpi(1000, START, days, lowerIsBetter);
        // same dates, one value increased
        Actuals base = c.series().actuals(START);
        Actuals higher = c.series().withIncrement(c.which(), c.increment()).actuals(START);
        LocalDate d = START.plusDays(dOffset);
        PacingResult a = Pacing.at(k, base, d);
        PacingResult b = Pacing.at(k, higher, d);
        assertThat(b.achieved()).isGreaterThanOrEqualTo(a.achieved());
        assertThat(b.elapsed()).isEqualTo(a.elapsed());
        assertThat(a.elapsed()).isBetween(0.0, 1.0);
        assertThat(b.status().ordinal() <= PacingStatus.NO_DATA.ordinal())
                .isEqualTo(a.status().ordinal() <= PacingStatus.NO_DATA.ordinal());
        if (a.status().ordinal() > PacingStatus.NO_DATA.ordinal()) {
            if (lowerIsBetter) {
                assertThat(goodness(b.status())).isLessThanOrEqualTo(goodness(a.status()));
            } else {
                assertThat(goodness(b.status())).isGreaterThanOrEqualTo(goodness(a.status()));
            }
            assertThat(b.projection().getAsDouble()).isGreaterThanOrEqualTo(a.projection().getAsDouble());
        }
        // the chart agrees with the point calculation
        PacingSeries s = Pacing.series(k, base, d);
        if (a.status().ordinal() > PacingStatus.NO_DATA.ordinal()) {
            int last = s.lastActualDay();
            assertThat(s.actual(last)).isCloseTo(a.achieved(), within(1e-9));
            assertThat(s.expected(last)).isCloseTo(a.expected(), within(1e-12));
            assertThat(s.projection(s.days() - 1)).isCloseTo(a.projectionShare().getAsDouble(), within(1e-9));
            for (int i = 1; i <= last; i++) {
                assertThat(s.actual(i)).isGreaterThanOrEqualTo(s.actual(i - 1)); // non-negative actuals
            }
        } else {
            assertThat(s.noActuals()).isTrue();
        }
    }

    /** A level KPI target 0.01–100, a current value 0–200 raised by 0–50 (all 2 decimals), either direction. */
    record LevelCase(double target, double value, double increment, boolean lowerIsBetter) {
    }

    @Test
    void levelPacingIsMonotoneInTheCurrentValue() {
        RandomFunnels.forAll("levelPacingIsMonotoneInTheCurrentValue", 0x9ACE_0002L, 200,
                g -> new LevelCase(g.doubleBetween(0.01, 100, 2), g.doubleBetween(0, 200, 2),
                        g.doubleBetween(0, 50, 2), g.bool()),
                c -> levelPacingIsMonotoneInTheCurrentValue(c.target(), c.value(), c.increment(), c.lowerIsBetter()));
    }

    private static void levelPacingIsMonotoneInTheCurrentValue(double target, double value, double increment,
                                                               boolean lowerIsBetter) {
        Kpi k = Kpi.level("k", Kpi.Unit.MONEY, lowerIsBetter ? Kpi.Direction.LOWER_IS_BETTER
                : Kpi.Direction.HIGHER_IS_BETTER, target, DateRange.of(START, START.plusDays(29)));
        PacingResult a = Pacing.at(k, Actuals.of(List.of(new DatedValue(START, value))), START.plusDays(9));
        PacingResult b = Pacing.at(k, Actuals.of(List.of(new DatedValue(START, value + increment))),
                START.plusDays(9));
        assertThat(b.achieved()).isGreaterThanOrEqualTo(a.achieved());
        if (lowerIsBetter) {
            assertThat(goodness(b.status())).isLessThanOrEqualTo(goodness(a.status()));
        } else {
            assertThat(goodness(b.status())).isGreaterThanOrEqualTo(goodness(a.status()));
        }
    }

    /** A period of 1–400 days, a date −50..500 days from the start, and a later date 0–100 days after it. */
    record ElapsedCase(int days, int d1, int step) {
    }

    @Test
    void elapsedGrowsWithTheDateAndClamps() {
        RandomFunnels.forAll("elapsedGrowsWithTheDateAndClamps", 0x9ACE_0003L, 200,
                g -> new ElapsedCase(g.intBetween(1, 400), g.intBetween(-50, 500), g.intBetween(0, 100)),
                c -> elapsedGrowsWithTheDateAndClamps(c.days(), c.d1(), c.step()));
    }

    private static void elapsedGrowsWithTheDateAndClamps(int days, int d1, int step) {
        Kpi k = Kpi.cumulative("k", 10, DateRange.of(START, START.plusDays(days - 1)));
        double e1 = Pacing.at(k, Actuals.empty(), START.plusDays(d1)).elapsed();
        double e2 = Pacing.at(k, Actuals.empty(), START.plusDays(d1 + step)).elapsed();
        assertThat(e2).isGreaterThanOrEqualTo(e1);
        assertThat(e1).isEqualTo(d1 < 0 ? 0 : Math.min(d1 + 1, days) / (double) days);
    }
}
