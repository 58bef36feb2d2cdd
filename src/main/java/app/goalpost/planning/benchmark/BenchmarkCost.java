package app.goalpost.planning.benchmark;

import app.goalpost.planning.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/** A benchmark cost per unit of one stage (e.g. cost per visitor, cost per lead) in a currency, with its source. */
public record BenchmarkCost(String stage, Currency currency, Optional<BigDecimal> low, BigDecimal median,
                            Optional<BigDecimal> high, Source source) {

    public BenchmarkCost {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(median, "median");
        Objects.requireNonNull(source, "source");
        if (median.signum() <= 0) {
            throw new IllegalArgumentException("cost median must be > 0: " + median);
        }
        low.ifPresent(l -> {
            if (l.signum() < 0 || l.compareTo(median) > 0) {
                throw new IllegalArgumentException("cost low " + l + " not within [0, median " + median + "]");
            }
        });
        high.ifPresent(h -> {
            if (h.compareTo(median) < 0) {
                throw new IllegalArgumentException("cost high " + h + " < median " + median);
            }
        });
    }

    public Money at(Point point) {
        BigDecimal v = switch (point) {
            case LOW -> low.orElse(median);
            case MEDIAN -> median;
            case HIGH -> high.orElse(median);
        };
        return new Money(v, currency);
    }
}
