package app.goalpost.planning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency. No rounding is applied here: display rounding belongs to the UI.
 * Arithmetic across currencies is refused, because the engine has no exchange rates and a silent mix would be wrong.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Divisions (CPA = spend / volume) use 16 significant digits, far beyond any displayed precision. */
    public static final MathContext MC = MathContext.DECIMAL64;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor, MC), currency);
    }

    /** Multiplies by a volume; the double is converted through its shortest decimal form (20000.0 → 20000). */
    public Money times(double volume) {
        return times(BigDecimal.valueOf(volume));
    }

    public Money dividedBy(BigDecimal divisor) {
        return new Money(amount.divide(divisor, MC), currency);
    }

    /** Money per unit of volume (a CPA). The caller guarantees volume &gt; 0. */
    public Money per(double volume) {
        if (!(volume > 0) || !Double.isFinite(volume)) {
            throw new IllegalArgumentException("volume must be > 0: " + volume);
        }
        return dividedBy(BigDecimal.valueOf(volume));
    }

    /** Ratio of two amounts of the same currency (e.g. current CPA / baseline CPA). */
    public double ratioTo(Money other) {
        requireSameCurrency(other);
        return amount.divide(other.amount, MC).doubleValue();
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public int signum() {
        return amount.signum();
    }

    /** Numeric equality ignoring scale (10.0 EUR equals 10 EUR). */
    public boolean sameAs(Money other) {
        return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        }
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
