package app.goalpost.planning.funnel;

import app.goalpost.planning.Money;
import app.goalpost.planning.Units;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One funnel stage: the user's name, an optional canonical key that links it to benchmark data
 * (visitor, lead, mql, sql, opportunity, customer, or any lowercase identifier), the volume in the baseline
 * period (whole or fractional: benchmark baselines give fractions) and the optional spend attributed to it.
 */
public record Stage(String name, Optional<String> benchmarkKey, double volume, Optional<Money> spend) {

    /** Same rule as the benchmark file, so keys from either side match. */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]*");

    public Stage {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(benchmarkKey, "benchmarkKey");
        Objects.requireNonNull(spend, "spend");
        if (name.isBlank()) {
            throw new IllegalArgumentException("stage name is blank");
        }
        if (!Double.isFinite(volume) || volume < 0) {
            throw new IllegalArgumentException("volume of '" + name + "' must be finite and >= 0: " + volume);
        }
        if (volume > Units.MAX_VOLUME) {
            throw new IllegalArgumentException("volume of '" + name + "' is above " + Units.MAX_VOLUME + ": " + volume);
        }
        benchmarkKey.ifPresent(k -> {
            if (!KEY.matcher(k).matches()) {
                throw new IllegalArgumentException("benchmark key must be a lowercase identifier: " + k);
            }
        });
        spend.ifPresent(s -> {
            if (s.signum() < 0) {
                throw new IllegalArgumentException("spend of '" + name + "' is negative: " + s);
            }
        });
    }

    public static Stage of(String name, double volume) {
        return new Stage(name, Optional.empty(), volume, Optional.empty());
    }

    public static Stage of(String name, String benchmarkKey, double volume) {
        return new Stage(name, Optional.of(benchmarkKey), volume, Optional.empty());
    }

    public Stage withSpend(Money spend) {
        return new Stage(name, benchmarkKey, volume, Optional.of(spend));
    }

    public Stage withVolume(double newVolume) {
        return new Stage(name, benchmarkKey, newVolume, spend);
    }

    public Stage withKey(String key) {
        return new Stage(name, Optional.of(key), volume, spend);
    }
}
