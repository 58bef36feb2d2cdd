package app.goalpost.shared.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * The one way an amount of money is written: the locale's currency format in the workspace currency
 * ("€1,667.00", "8 800,00 £GB"). Pages reach it through {@code shared.ui.Formats.money}; the i18n provider uses
 * it for money arguments of generated sentences, where it cannot depend on UI code.
 */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    public static String format(BigDecimal amount, Currency currency, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        return format.format(amount);
    }
}
