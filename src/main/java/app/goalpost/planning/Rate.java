package app.goalpost.planning;

/**
 * A conversion rate as a fraction (0.03 = 3%), or explicitly no data when the upstream volume is 0.
 * Never NaN, never Infinity, and "no data" is never confused with 0%.
 */
public sealed interface Rate permits Rate.Defined, Rate.NoData {

    static Rate of(double value) {
        return new Defined(value);
    }

    static Rate noData() {
        return NoData.INSTANCE;
    }

    /** Rate = downstream / upstream, or no data when upstream is 0. */
    static Rate ratio(double downstream, double upstream) {
        return upstream == 0 ? NoData.INSTANCE : new Defined(downstream / upstream);
    }

    boolean isDefined();

    /** The fraction; throws {@link IllegalStateException} for no data, so callers must check first. */
    double value();

    default double orElse(double fallback) {
        return isDefined() ? value() : fallback;
    }

    record Defined(double value) implements Rate {
        public Defined {
            if (!Double.isFinite(value) || value < 0) {
                throw new IllegalArgumentException("rate must be finite and >= 0: " + value);
            }
        }

        @Override
        public boolean isDefined() {
            return true;
        }

        @Override
        public String toString() {
            return (value * 100) + "%";
        }
    }

    record NoData() implements Rate {
        static final NoData INSTANCE = new NoData();

        @Override
        public boolean isDefined() {
            return false;
        }

        @Override
        public double value() {
            throw new IllegalStateException("rate has no data (upstream volume is 0)");
        }

        @Override
        public String toString() {
            return "no data";
        }
    }
}
