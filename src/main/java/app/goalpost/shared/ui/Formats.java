package app.goalpost.shared.ui;

import app.goalpost.shared.i18n.MoneyFormat;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

/** Numbers, percentages, money and dates in the user's locale; money always in the workspace currency. */
public final class Formats {

    private Formats() {
    }

    public static String number(double value, int maxFractionDigits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(maxFractionDigits);
        return format.format(value);
    }

    /** A ratio (0.0345) as a percentage (3.45 %), with up to the given fraction digits. */
    public static String percent(double ratio, int maxFractionDigits, Locale locale) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(maxFractionDigits);
        return format.format(ratio);
    }

    /** The one money format, shared with the generated sentences (MoneyFormat). */
    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        return MoneyFormat.format(amount, currency, locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
