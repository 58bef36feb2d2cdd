package app.goalpost.planning;

/** Whole-unit rounding for volumes computed in double. */
public final class Units {

    /** Relative noise tolerated before rounding up: products of doubles are off by a few ulps, never by 1e-12. */
    public static final double NOISE = 1e-12;

    /**
     * Largest volume (or goal) the engine accepts: a quadrillion is far beyond any real funnel, and keeping inputs
     * below it keeps every product of volumes and multipliers finite in double (no Infinity reaches a result).
     */
    public static final double MAX_VOLUME = 1e15;

    /** Largest planned volume of any stage; whole-unit rounding to long stays exact below it. */
    public static final double MAX_PLANNED_VOLUME = 1e18;

    private Units() {
    }

    /**
     * Rounds a volume up to whole units (you cannot buy 0.3 of a visitor or close 0.7 of a deal), ignoring
     * floating-point noise: 24000.000000000004 is 24000, not 24001.
     */
    public static long ceilWhole(double volume) {
        double nearest = Math.rint(volume);
        if (Math.abs(volume - nearest) <= NOISE * Math.max(1.0, Math.abs(volume))) {
            return (long) nearest;
        }
        return (long) Math.ceil(volume);
    }
}
