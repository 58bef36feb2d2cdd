package app.goalpost.planning.benchmark;

import java.util.OptionalDouble;

/**
 * A benchmark value with an optional range. For rates the values are fractions (the file's 2.9 becomes 0.029).
 * Invariant: low ≤ median ≤ high where present.
 */
public record Estimate(OptionalDouble low, double median, OptionalDouble high) {

    public Estimate {
        check(median, "median");
        low.ifPresent(v -> check(v, "low"));
        high.ifPresent(v -> check(v, "high"));
        if (low.isPresent() && low.getAsDouble() > median) {
            throw new IllegalArgumentException("low " + low.getAsDouble() + " > median " + median);
        }
        if (high.isPresent() && high.getAsDouble() < median) {
            throw new IllegalArgumentException("high " + high.getAsDouble() + " < median " + median);
        }
    }

    public static Estimate of(double median) {
        return new Estimate(OptionalDouble.empty(), median, OptionalDouble.empty());
    }

    public static Estimate of(double low, double median, double high) {
        return new Estimate(OptionalDouble.of(low), median, OptionalDouble.of(high));
    }

    public double lowOrMedian() {
        return low.orElse(median);
    }

    public double highOrMedian() {
        return high.orElse(median);
    }

    public double at(Point point) {
        return switch (point) {
            case LOW -> lowOrMedian();
            case MEDIAN -> median;
            case HIGH -> highOrMedian();
        };
    }

    public Estimate scaled(double factor) {
        return new Estimate(map(low, factor), median * factor, map(high, factor));
    }

    private static OptionalDouble map(OptionalDouble v, double factor) {
        return v.isPresent() ? OptionalDouble.of(v.getAsDouble() * factor) : v;
    }

    private static void check(double v, String what) {
        if (!Double.isFinite(v) || v < 0) {
            throw new IllegalArgumentException(what + " must be finite and >= 0: " + v);
        }
    }
}
