package app.goalpost.planning.pacing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.goalpost.planning.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class PacingProperties {

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

    static Actuals actuals(List<Integer> offsets, List<Double> values) {
        List<DatedValue> pts = new ArrayList<>();
        for (int i = 0; i < offsets.size(); i++) {
            pts.add(new DatedValue(START.plusDays(offsets.get(i)), values.get(i % values.size())));
        }
        return Actuals.of(pts);
    }

    @Property(tries = 300)
    void cumulativePacingIsMonotoneInActuals(@ForAll @IntRange(min = 1, max = 400) int days,
                                             @ForAll @IntRange(min = -10, max = 450) int dOffset,
                                             @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 399) Integer> at,
                                             @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 1000) Double> v,
                                             @ForAll @IntRange(min = 0, max = 29) int which,
                                             @ForAll @DoubleRange(min = 0, max = 500) double increment,
                                             @ForAll boolean lowerIsBetter) {
        Kpi k = Kpi.cumulative("k", 1000, DateRange.of(START, START.plusDays(days - 1)));
        if (lowerIsBetter) {
            k = k.withDirection(Kpi.Direction.LOWER_IS_BETTER);
        }
        List<Double> more = new ArrayList<>(v);
        int w = which % more.size();
        more.set(w, more.get(w) + increment);
        // same dates, one value increased
        Actuals base = actuals(at, v);
        Actuals higher = actuals(at, more);
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

    @Property(tries = 200)
    void levelPacingIsMonotoneInTheCurrentValue(@ForAll @DoubleRange(min = 0.01, max = 100) double target,
                                                @ForAll @DoubleRange(min = 0, max = 200) double value,
                                                @ForAll @DoubleRange(min = 0, max = 50) double increment,
                                                @ForAll boolean lowerIsBetter) {
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

    @Property(tries = 200)
    void elapsedGrowsWithTheDateAndClamps(@ForAll @IntRange(min = 1, max = 400) int days,
                                          @ForAll @IntRange(min = -50, max = 500) int d1,
                                          @ForAll @IntRange(min = 0, max = 100) int step) {
        Kpi k = Kpi.cumulative("k", 10, DateRange.of(START, START.plusDays(days - 1)));
        double e1 = Pacing.at(k, Actuals.empty(), START.plusDays(d1)).elapsed();
        double e2 = Pacing.at(k, Actuals.empty(), START.plusDays(d1 + step)).elapsed();
        assertThat(e2).isGreaterThanOrEqualTo(e1);
        assertThat(e1).isEqualTo(d1 < 0 ? 0 : Math.min(d1 + 1, days) / (double) days);
    }
}
