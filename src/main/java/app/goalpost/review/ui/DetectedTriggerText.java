package app.goalpost.review.ui;

import app.goalpost.review.Detection;
import app.goalpost.review.RecordedTrigger;
import app.goalpost.review.TriggerKind;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** The line of a detected trigger in the open-trigger list: what, the numbers, since when, detected when. */
final class DetectedTriggerText {

    private DetectedTriggerText() {
    }

    static String of(RecordedTrigger t, Detection d, Component context, Locale locale, Currency currency) {
        String kind = ReviewDueText.kind(t.kind(), context);
        String subject = ReviewDueText.subject(d, context);
        String since = Formats.date(d.since(), locale);
        String detected = Formats.date(d.detectedOn(), locale);
        if (t.kind() == TriggerKind.CPA_ABOVE_PLAN) {
            return context.getTranslation("review.detected.cpa.line", kind, subject,
                    money(d.actual().orElse(BigDecimal.ZERO), currency, locale),
                    money(d.planned().orElse(BigDecimal.ZERO), currency, locale),
                    d.overPlan().map(r -> Formats.percent(r, 0, locale)).orElse(""), since, d.thresholdPercent(),
                    d.days(), detected);
        }
        return context.getTranslation("review.detected.behind.line", kind, subject, since, d.days(), detected);
    }

    private static String money(BigDecimal amount, Currency currency, Locale locale) {
        return Formats.money(amount, currency, locale);
    }
}
