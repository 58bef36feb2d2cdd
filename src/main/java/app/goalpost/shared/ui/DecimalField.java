package app.goalpost.shared.ui;

import app.goalpost.shared.InvalidInputException;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one number field of the app (volumes, spend, budgets, targets, goals, actuals). It keeps exactly what was
 * typed and reads it with the user's locale on the server: Vaadin's BigDecimalField filters keys in the browser
 * and re-reads the rest, so "1e30" became 130 and, in English, "12,5" became 125. Here anything that is not a
 * number in the user's language is refused with a message at the field that names what the number is for (the
 * subject, "Volume of Leads") and the limit broken (not a number, below the minimum, too large, too many
 * decimals). Nothing is ever dropped from the text.
 *
 * <p>English: "1,234.5" or "1234.5" ("12,5" is refused: a comma groups thousands). French: "1 234,5" or
 * "1234,5" (also "1234.5", since a dot cannot be a French thousands separator).
 */
public class DecimalField extends TextField {

    /** The outcome of reading a text: a value (empty for an empty optional field) or the message refusing it. */
    public record Check(Optional<BigDecimal> value, Optional<String> error) {

        public boolean valid() {
            return error.isEmpty();
        }
    }

    private String subject;
    private String fieldKey = "";
    private boolean required;
    private Optional<BigDecimal> minimum = Optional.empty();
    private boolean minimumInclusive = true;
    private Optional<BigDecimal> maximum = Optional.empty();
    private int maxDecimals = 4;

    public DecimalField() {
        this("");
    }

    public DecimalField(String label) {
        super(label);
        this.subject = label;
        // our own message must stay until the text changes: the web component's checks know nothing of it
        setManualValidation(true);
        setValueChangeMode(ValueChangeMode.ON_CHANGE);
        addValueChangeListener(e -> showCheck());
    }

    /** What the number is, as messages name it ("Volume of Leads", "Target"); the label by default. */
    public DecimalField subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** The field name a service uses in its {@link InvalidInputException} for this value. */
    public DecimalField fieldKey(String fieldKey) {
        this.fieldKey = fieldKey;
        return this;
    }

    public DecimalField required(boolean required) {
        this.required = required;
        setRequiredIndicatorVisible(required);
        return this;
    }

    public DecimalField minimum(BigDecimal minimum, boolean inclusive) {
        this.minimum = Optional.of(minimum);
        this.minimumInclusive = inclusive;
        return this;
    }

    /** The largest value allowed (inclusive). */
    public DecimalField maximum(BigDecimal maximum) {
        this.maximum = Optional.of(maximum);
        return this;
    }

    public DecimalField decimals(int maxDecimals) {
        this.maxDecimals = maxDecimals;
        return this;
    }

    /** Shows a value in the user's locale, without thousands separators (it is meant to be edited). */
    public void setDecimal(BigDecimal value) {
        setValue(value == null ? "" : format(value, getLocale()));
    }

    /**
     * The value typed, or empty for an empty optional field. Throws {@link InvalidInputException} (with this
     * field's key and the message at the field) when the text is refused, so that a form is never built from a
     * number the user did not write.
     */
    public Optional<BigDecimal> getDecimal() {
        Check check = showCheck();
        if (!check.valid()) {
            throw new InvalidInputException(fieldKey, "number.error.field", check.error().get());
        }
        return check.value();
    }

    /** Reads a text by this field's rules, with the message (translated) when it is refused. */
    public Check check(String text) {
        Locale locale = getLocale();
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return required ? refused("number.error.required") : new Check(Optional.empty(), Optional.empty());
        }
        Optional<BigDecimal> parsed = parse(t, locale);
        if (parsed.isEmpty()) {
            return refused("number.error.notANumber", t, format(new BigDecimal("1234.5"), locale));
        }
        BigDecimal v = parsed.get();
        if (minimum.isPresent()) {
            int c = v.compareTo(minimum.get());
            if (c < 0 || (c == 0 && !minimumInclusive)) {
                return refused(minimumInclusive ? "number.error.minimum" : "number.error.above",
                        Formats.number(minimum.get().doubleValue(), maxDecimals, locale));
            }
        }
        if (maximum.isPresent() && v.compareTo(maximum.get()) > 0) {
            return refused("number.error.tooLarge", Formats.number(maximum.get().doubleValue(), maxDecimals, locale));
        }
        if (v.stripTrailingZeros().scale() > maxDecimals) {
            return refused(maxDecimals == 0 ? "number.error.whole" : "number.error.decimals", maxDecimals);
        }
        return new Check(Optional.of(v), Optional.empty());
    }

    private Check showCheck() {
        Check check = check(getValue());
        setErrorMessage(check.error().orElse(null));
        setInvalid(!check.valid());
        return check;
    }

    private Check refused(String key, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = subject;
        System.arraycopy(args, 0, all, 1, args.length);
        return new Check(Optional.empty(), Optional.of(getTranslation(key, all)));
    }

    /**
     * Reads a number written in the locale's way, or empty when the text is anything else: no exponent, no
     * letters, thousands separators only between groups of three digits, one decimal separator.
     */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        boolean spaceGrouping = Character.isSpaceChar(grouping);
        String t = text.strip().replace('\u2212', '-');
        if (spaceGrouping) {
            t = t.replaceAll("[\\s\\u00a0\\u202f]", " ");
        }
        String g = spaceGrouping ? " " : Pattern.quote(String.valueOf(grouping));
        // a dot is also read as the decimal point where it cannot be a thousands separator (French)
        String d = decimal != '.' && grouping != '.' ? "[" + Pattern.quote(String.valueOf(decimal)) + ".]"
                : Pattern.quote(String.valueOf(decimal));
        String integer = "(?:\\d{1,3}(?:" + g + "\\d{3})+|\\d+)";
        Pattern number = Pattern.compile("([+-]?)(" + integer + ")?(?:" + d + "(\\d+))?");
        var m = number.matcher(t);
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            return Optional.empty();
        }
        String digits = (m.group(2) == null ? "0" : m.group(2).replaceAll("\\D", ""))
                + (m.group(3) == null ? "" : "." + m.group(3));
        BigDecimal value = new BigDecimal(digits);
        return Optional.of("-".equals(m.group(1)) ? value.negate() : value);
    }

    static String format(BigDecimal value, Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        return value.stripTrailingZeros().toPlainString().replace('.', decimal);
    }
}
