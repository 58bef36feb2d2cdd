package app.goalpost.planning.pacing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * KPI pacing calculations (docs/method.md, step 4 and the definitions).
 * <ul>
 *   <li>elapsed = (D − start + 1) / (end − start + 1), D counted complete; 0 before the start, 1 after the end.</li>
 *   <li>cumulative KPIs: achieved = Σ actuals [start, min(D, end)] / target; level KPIs: latest value / target.</li>
 *   <li>pace = achieved / elapsed. The status compares achieved with the <em>expected</em> share: last year's
 *       seasonal share when last year's actuals for the same period exist, else elapsed (which is the method's pace).
 *       Level KPIs compare the current value with the target. Ratio ≥ 1 + tolerance is ahead, ≥ 1 − tolerance on
 *       track, else behind; lower-is-better KPIs mirror it (≤ 1 − tolerance ahead, ≤ 1 + tolerance on track).</li>
 *   <li>seasonal expected share at day d = last year's Σ actuals from last year's start to start + d divided by last
 *       year's period total (same day-of-period; a shorter last-year period clamps to its end).</li>
 * </ul>
 */
public final class Pacing {

    private Pacing() {
    }

    /** A KPI with its compiled actuals and last year's (possibly empty), for dashboards. */
    public record Track(Kpi kpi, Actuals actuals, Actuals lastYear) {
    }

    public static PacingResult at(Kpi kpi, Actuals actuals, LocalDate date) {
        return at(kpi, actuals, Actuals.empty(), date);
    }

    public static PacingResult at(Kpi kpi, Actuals actuals, Actuals lastYear, LocalDate date) {
        long start = kpi.period().start().toEpochDay();
        long end = kpi.period().end().toEpochDay();
        int n = (int) (end - start + 1);
        long d = date.toEpochDay();
        if (d < start) {
            return new PacingResult(kpi, date, 0, OptionalDouble.empty(), 0, 0, false, OptionalDouble.empty(),
                    OptionalDouble.empty(), PacingStatus.NOT_STARTED, OptionalDouble.empty());
        }
        int idx = (int) (Math.min(d, end) - start);
        double elapsed = (idx + 1) / (double) n;
        long to = start + idx;
        if (kpi.aggregation() == Kpi.Aggregation.LEVEL) {
            OptionalDouble cur = actuals.latest(kpi.period().start(), LocalDate.ofEpochDay(to));
            if (cur.isEmpty()) {
                return noData(kpi, date, elapsed);
            }
            double ratio = cur.getAsDouble() / kpi.target();
            return new PacingResult(kpi, date, elapsed, cur, ratio, 1, false, OptionalDouble.empty(),
                    OptionalDouble.of(ratio), status(kpi, ratio), cur);
        }
        if (actuals.count(start, to) == 0) {
            return noData(kpi, date, elapsed);
        }
        double sum = actuals.sum(start, to);
        double achieved = sum / kpi.target();
        Seasonal s = Seasonal.of(kpi, lastYear);
        double expected = s == null ? elapsed : s.share(idx);
        double vsExpected = expected > 0 ? achieved / expected : achieved > 0 ? Double.MAX_VALUE : 1;
        return new PacingResult(kpi, date, elapsed, OptionalDouble.of(sum), achieved, expected, s != null,
                OptionalDouble.of(achieved / elapsed), OptionalDouble.of(vsExpected), status(kpi, vsExpected),
                OptionalDouble.of(sum / elapsed));
    }

    /** Pacing of many KPIs on one date: O(log points) each, no allocation beyond the results. */
    public static List<PacingResult> all(List<Track> tracks, LocalDate date) {
        List<PacingResult> out = new ArrayList<>(tracks.size());
        for (Track t : tracks) {
            out.add(at(t.kpi(), t.actuals(), t.lastYear(), date));
        }
        return out;
    }

    public static PacingSeries series(Kpi kpi, Actuals actuals, LocalDate date) {
        return series(kpi, actuals, Actuals.empty(), date);
    }

    /** Whole-period chart series as of {@code date}; O(days + points). */
    public static PacingSeries series(Kpi kpi, Actuals actuals, Actuals lastYear, LocalDate date) {
        long start = kpi.period().start().toEpochDay();
        long end = kpi.period().end().toEpochDay();
        int n = (int) (end - start + 1);
        double target = kpi.target();
        double[] expected = new double[n];
        Seasonal s = kpi.aggregation() == Kpi.Aggregation.CUMULATIVE ? Seasonal.of(kpi, lastYear) : null;
        boolean level = kpi.aggregation() == Kpi.Aggregation.LEVEL;
        if (s != null) {
            s.fill(expected);
        } else {
            for (int i = 0; i < n; i++) {
                expected[i] = level ? 1 : (i + 1) / (double) n;
            }
        }
        long d = date.toEpochDay();
        int last = d < start ? -1 : (int) (Math.min(d, end) - start);
        double[] actual = new double[n];
        double[] projection = new double[n];
        int first = -1;
        int p = actuals.lower(start);
        double running = 0;
        boolean seen = false;
        for (int i = 0; i <= last; i++) {
            long day = start + i;
            while (p < actuals.size() && actuals.day(p) == day) {
                running = level ? actuals.value(p) : running + actuals.value(p);
                seen = true;
                p++;
            }
            if (seen && first < 0) {
                first = level ? i : 0;
            }
            actual[i] = running / target;
        }
        boolean noActuals = !seen;
        int projectionFrom = -1;
        if (!noActuals) {
            projectionFrom = last;
            double atD = actual[last];
            for (int i = last; i < n; i++) {
                projection[i] = level ? atD : atD * (i + 1) / (last + 1);
            }
        }
        return new PacingSeries(kpi.period().start(), expected, actual, projection, noActuals ? 0 : first,
                noActuals ? -1 : last, projectionFrom, noActuals, s != null);
    }

    private static PacingResult noData(Kpi kpi, LocalDate date, double elapsed) {
        return new PacingResult(kpi, date, elapsed, OptionalDouble.empty(), 0, elapsed, false,
                OptionalDouble.empty(), OptionalDouble.empty(), PacingStatus.NO_DATA, OptionalDouble.empty());
    }

    static PacingStatus status(Kpi kpi, double ratio) {
        double tol = kpi.tolerance();
        if (kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER) {
            return ratio >= 1 + tol ? PacingStatus.AHEAD : ratio >= 1 - tol ? PacingStatus.ON_TRACK
                    : PacingStatus.BEHIND;
        }
        return ratio <= 1 - tol ? PacingStatus.AHEAD : ratio <= 1 + tol ? PacingStatus.ON_TRACK : PacingStatus.BEHIND;
    }

    /** Last year's cumulative share by day-of-period, or null when last year has no usable total. */
    private record Seasonal(Actuals lastYear, long lastStart, long lastEnd, double total) {

        static Seasonal of(Kpi kpi, Actuals lastYear) {
            if (lastYear.isEmpty()) {
                return null;
            }
            var ly = kpi.period().minusYears(1);
            long s = ly.start().toEpochDay();
            long e = ly.end().toEpochDay();
            double total = lastYear.sum(s, e);
            return total > 0 ? new Seasonal(lastYear, s, e, total) : null;
        }

        double share(int dayOfPeriod) {
            return lastYear.sum(lastStart, Math.min(lastStart + dayOfPeriod, lastEnd)) / total;
        }

        /** All shares in one pass over last year's points (the series must stay O(days + points)). */
        void fill(double[] out) {
            int p = lastYear.lower(lastStart);
            double running = 0;
            for (int i = 0; i < out.length; i++) {
                long day = Math.min(lastStart + i, lastEnd);
                while (p < lastYear.size() && lastYear.day(p) <= day) {
                    running += lastYear.value(p);
                    p++;
                }
                out[i] = running / total;
            }
        }
    }
}
