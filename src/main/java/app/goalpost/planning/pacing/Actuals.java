package app.goalpost.planning.pacing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Actuals of one KPI, compiled once into sorted primitive arrays with prefix sums, so that a sum or a latest value
 * over any date range costs O(log n) and a whole-period series O(days + points). Build it once per KPI and reuse it
 * for every date and chart (the dashboard paces 25 KPIs × 365 days). Points may be sparse, daily or weekly; several
 * points on one date are all kept (sums add them; the latest value is the last one given).
 */
public final class Actuals {

    private static final Actuals EMPTY = new Actuals(new long[0], new double[0]);

    private final long[] days;
    private final double[] values;
    /** prefix[i] = values[0] + ... + values[i − 1]. */
    private final double[] prefix;

    private Actuals(long[] days, double[] values) {
        this.days = days;
        this.values = values;
        this.prefix = new double[values.length + 1];
        for (int i = 0; i < values.length; i++) {
            prefix[i + 1] = prefix[i] + values[i];
        }
    }

    public static Actuals empty() {
        return EMPTY;
    }

    public static Actuals of(Collection<DatedValue> points) {
        if (points.isEmpty()) {
            return EMPTY;
        }
        List<DatedValue> sorted = points.stream().sorted(Comparator.comparing(DatedValue::date)).toList(); // stable
        long[] d = new long[sorted.size()];
        double[] v = new double[sorted.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = sorted.get(i).date().toEpochDay();
            v[i] = sorted.get(i).value();
        }
        return new Actuals(d, v);
    }

    /** Daily values from {@code start}, one per day (a convenient bulk form for imports and benchmarks). */
    public static Actuals daily(LocalDate start, double[] dailyValues) {
        long s = start.toEpochDay();
        long[] d = new long[dailyValues.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = s + i;
            if (!Double.isFinite(dailyValues[i])) {
                throw new IllegalArgumentException("value must be finite: " + dailyValues[i]);
            }
        }
        return new Actuals(d, dailyValues.clone());
    }

    public boolean isEmpty() {
        return days.length == 0;
    }

    public int size() {
        return days.length;
    }

    /** Sum of the points dated within [from, to] (inclusive). */
    public double sum(LocalDate from, LocalDate to) {
        return sum(from.toEpochDay(), to.toEpochDay());
    }

    double sum(long from, long to) {
        if (to < from) {
            return 0;
        }
        return prefix[upper(to)] - prefix[lower(from)];
    }

    /** Whether any point is dated within [from, to]. */
    public boolean any(LocalDate from, LocalDate to) {
        return count(from.toEpochDay(), to.toEpochDay()) > 0;
    }

    int count(long from, long to) {
        return to < from ? 0 : upper(to) - lower(from);
    }

    /** The value of the last point dated within [from, to], if any. */
    public OptionalDouble latest(LocalDate from, LocalDate to) {
        long f = from.toEpochDay();
        long t = to.toEpochDay();
        int hi = upper(t);
        return t >= f && hi > lower(f) ? OptionalDouble.of(values[hi - 1]) : OptionalDouble.empty();
    }

    /** First index with day ≥ d. */
    int lower(long d) {
        int i = Arrays.binarySearch(days, d);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && days[i - 1] == d) {
            i--;
        }
        return i;
    }

    /** First index with day &gt; d. */
    int upper(long d) {
        int i = Arrays.binarySearch(days, d);
        if (i < 0) {
            return -i - 1;
        }
        while (i < days.length - 1 && days[i + 1] == d) {
            i++;
        }
        return i + 1;
    }

    long day(int i) {
        return days[i];
    }

    double value(int i) {
        return values[i];
    }
}
