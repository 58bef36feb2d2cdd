package app.goalpost.planning;

import java.util.List;
import java.util.Objects;

/**
 * A translatable message: a key plus typed arguments (String, Double fractions for percentages and rates,
 * Double/Long volumes, BigDecimal amounts, currency codes as String, LocalDate). The engine never bakes an English
 * sentence in as the only output; {@link Messages#english(Message)} renders the default English text.
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, List.of(args));
    }
}
