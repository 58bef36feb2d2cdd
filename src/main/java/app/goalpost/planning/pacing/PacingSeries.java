package app.goalpost.planning.pacing;

import java.time.LocalDate;

/**
 * Chart series for a whole KPI period, one point per day (index 0 = period start), as fractions of the target:
 * expected share, actual share up to the date D, and the projection from D to the period end. Primitive arrays
 * keep a 365-day series well under 50 µs; accessors guard the parts that do not exist (no NaN placeholders).
 */
public final class PacingSeries {

    private final LocalDate start;
    private final double[] expected;
    private final double[] actual;
    private final double[] projection;
    private final int actualFrom;
    private final int actualTo;
    private final int projectionFrom;
    private final boolean noActuals;
    private final boolean seasonal;

    PacingSeries(LocalDate start, double[] expected, double[] actual, double[] projection, int actualFrom,
                 int actualTo, int projectionFrom, boolean noActuals, boolean seasonal) {
        this.start = start;
        this.expected = expected;
        this.actual = actual;
        this.projection = projection;
        this.actualFrom = actualFrom;
        this.actualTo = actualTo;
        this.projectionFrom = projectionFrom;
        this.noActuals = noActuals;
        this.seasonal = seasonal;
    }

    public int days() {
        return expected.length;
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** Expected share of the target reached by the end of this day (seasonal curve or straight line). */
    public double expected(int day) {
        return expected[day];
    }

    /** True for days up to D that have an actual (level KPIs: from their first measurement). */
    public boolean hasActual(int day) {
        return day >= actualFrom && day <= actualTo;
    }

    public double actual(int day) {
        if (!hasActual(day)) {
            throw new IllegalStateException("no actual on day " + day);
        }
        return actual[day];
    }

    /** True for days from D (inclusive) to the period end, when there are actuals to project from. */
    public boolean hasProjection(int day) {
        return projectionFrom >= 0 && day >= projectionFrom && day < expected.length;
    }

    public double projection(int day) {
        if (!hasProjection(day)) {
            throw new IllegalStateException("no projection on day " + day);
        }
        return projection[day];
    }

    /** The period has no actuals up to D: the chart shows only the expected line, and says so. */
    public boolean noActuals() {
        return noActuals;
    }

    /** The expected line follows last year's seasonal shape. */
    public boolean seasonal() {
        return seasonal;
    }

    /** Index of D within the period, −1 if D is before the start (values past the end clamp to the last day). */
    public int lastActualDay() {
        return actualTo;
    }
}
