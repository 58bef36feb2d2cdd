package app.goalpost.shared.i18n;

import app.goalpost.planning.Money;
import com.vaadin.flow.i18n.I18NProvider;
import java.text.DecimalFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * All UI text: English and French bundles under {@code vaadin-i18n/}. A missing key shows as {@code !key!}
 * and is logged, and a test keeps both bundles on the same keys.
 */
@Component
public class GoalpostI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale FRENCH = Locale.FRENCH;
    /**
     * One bundle per area, so features add text without touching each other's files; a key is looked up in
     * each in turn. Every bundle exists in English (root) and French.
     */
    public static final List<String> BUNDLES = List.of(
            "vaadin-i18n.translations",
            "vaadin-i18n.planning",
            "vaadin-i18n.kpi",
            "vaadin-i18n.errors",
            "vaadin-i18n.review",
            "vaadin-i18n.review-detection",
            "vaadin-i18n.history",
            "vaadin-i18n.webhook",
            "vaadin-i18n.report",
            "vaadin-i18n.session",
            "vaadin-i18n.portfolio",
            "vaadin-i18n.api",
            "vaadin-i18n.merge",
            "vaadin-i18n.share",
            "vaadin-i18n.collab",
            "vaadin-i18n.review-replan",
            "vaadin-i18n.notify");

    private static final Logger log = LoggerFactory.getLogger(GoalpostI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, FRENCH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(key, locale, params);
    }

    /** Static access for code that runs outside a Vaadin component (notifications built in services' callers). */
    public static String translate(String key, Locale locale, Object... params) {
        Locale effective = locale != null && locale.getLanguage().equals("fr") ? FRENCH : ENGLISH;
        for (String bundleName : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(bundleName, effective, NO_FALLBACK);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return params.length == 0 ? pattern : format(pattern, effective, money(params, effective));
            }
        }
        log.warn("Missing translation {} for {}", key, effective);
        return "!" + key + "!";
    }

    /**
     * Formats a message with the locale's own percent format wherever a pattern asks for a percentage
     * ({@code {2,number,#0.##%}}): a pattern's "%" sticks to the number ("3,5%"), the tables write "3,5 %" in
     * French, and one text must not mix both. The pattern keeps its number of decimals.
     */
    private static String format(String pattern, Locale locale, Object... params) {
        MessageFormat message = new MessageFormat(pattern, locale);
        Format[] formats = message.getFormats();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] instanceof DecimalFormat decimal && decimal.toPattern().endsWith("%")) {
                NumberFormat percent = NumberFormat.getPercentInstance(locale);
                percent.setMinimumFractionDigits(decimal.getMinimumFractionDigits());
                percent.setMaximumFractionDigits(decimal.getMaximumFractionDigits());
                // as the pattern says: "4900%" stays the engine's English text, not "4,900%"
                percent.setGroupingUsed(decimal.isGroupingUsed());
                message.setFormat(i, percent);
            }
        }
        return message.format(params);
    }

    /**
     * Amounts of money in a message read as everywhere else in the app ("€1,667.00", "8 800,00 £GB"), through the
     * one money formatter, not as the engine's plain "1,667.00 EUR".
     */
    private static Object[] money(Object[] params, Locale locale) {
        Object[] out = params.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Money m) {
                out[i] = MoneyFormat.format(m.amount(), m.currency(), locale);
            }
        }
        return out;
    }

    /** English is the root bundle; French must not fall back to the JVM's default locale. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
