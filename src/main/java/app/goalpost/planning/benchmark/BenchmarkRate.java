package app.goalpost.planning.benchmark;

import java.util.Objects;

/** A benchmark conversion rate from one canonical stage to another, with its source. Values are fractions. */
public record BenchmarkRate(String fromStage, String toStage, Estimate rate, Source source) {

    public BenchmarkRate {
        Objects.requireNonNull(fromStage, "fromStage");
        Objects.requireNonNull(toStage, "toStage");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(source, "source");
        if (fromStage.equals(toStage)) {
            throw new IllegalArgumentException("a rate needs two different stages: " + fromStage);
        }
        if (rate.highOrMedian() > 1.0) {
            throw new IllegalArgumentException("a benchmark rate above 100% makes no sense: " + rate);
        }
    }
}
