package app.goalpost.review.ui;

import app.goalpost.review.ReviewDue;
import app.goalpost.review.TriggerKind;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import java.util.Locale;

/** "Overdue since …", "due now: …", "due today", "due in N days", in the page's language. */
final class ReviewDueText {

    private ReviewDueText() {
    }

    static String of(ReviewDue due, Component context, Locale locale) {
        return context.getTranslation(due.headline().key(), due.headlineArgs(
                d -> Formats.date(d, locale), k -> kind(k, context)));
    }

    static String kind(TriggerKind kind, Component context) {
        return context.getTranslation("review.trigger." + kind.name());
    }
}
