package app.goalpost.review.ui;

import app.goalpost.review.Detection;
import app.goalpost.review.RecordedTrigger;
import app.goalpost.review.ReviewDue;
import app.goalpost.review.TriggerKind;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Optional;

/** "Overdue since …", "due now: …", "due today", "due in N days", in the page's language. */
final class ReviewDueText {

    private ReviewDueText() {
    }

    static String of(ReviewDue due, Component context, Locale locale) {
        if (due.headline() == ReviewDue.Headline.DUE_NOW_TRIGGER) {
            // the page says why: a detected trigger names its KPI and numbers, not only its kind
            return context.getTranslation(due.headline().key(), label(due.triggers().getFirst(), context, locale));
        }
        return context.getTranslation(due.headline().key(), due.headlineArgs(
                d -> Formats.date(d, locale), k -> kind(k, context)));
    }

    static String kind(TriggerKind kind, Component context) {
        return context.getTranslation("review.trigger." + kind.name());
    }

    /** The kind, and for a detected trigger what it is about: "ad costs are rising: re-evaluate (CPA 18 % …)". */
    static String label(RecordedTrigger t, Component context, Locale locale) {
        Optional<Detection> detection = t.detection();
        if (detection.isEmpty()) {
            return kind(t.kind(), context);
        }
        Detection d = detection.get();
        String detail = t.kind() == TriggerKind.CPA_ABOVE_PLAN
                ? context.getTranslation("review.detected.cpa.short", subject(d, context),
                        d.overPlan().map(r -> Formats.percent(r, 0, locale)).orElse(""), d.days())
                : context.getTranslation("review.detected.behind.short", subject(d, context), d.days());
        return kind(t.kind(), context) + " (" + detail + ")";
    }

    /** The cost KPI, or "Media spend per Leads" for a cost per result. */
    static String subject(Detection d, Component context) {
        return d.spendName().map(spend -> context.getTranslation("review.detected.pair", spend, d.subjectName()))
                .orElse(d.subjectName());
    }
}
