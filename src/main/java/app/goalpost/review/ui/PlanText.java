package app.goalpost.review.ui;

import app.goalpost.review.PlanSnapshot;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.Component;
import java.util.Locale;

/** The one way the review pages write a plan's goal and period, so the page and the record read alike. */
final class PlanText {

    private PlanText() {
    }

    static String goal(PlanSnapshot p, Component c, Locale locale) {
        return switch (p.goalKind()) {
            case RELATIVE -> c.getTranslation("replan.goal.RELATIVE", p.goalAmount().signum() > 0 ? "+" : "",
                    Formats.percent(p.goalAmount().doubleValue() / 100, 2, locale), p.goalStage(),
                    Formats.number(p.goalWhole(), 0, locale));
            case ABSOLUTE -> c.getTranslation("replan.goal.ABSOLUTE", Formats.number(p.goalAmount().doubleValue(), 2,
                    locale), p.goalStage());
            case REVENUE -> c.getTranslation("replan.goal.REVENUE", Formats.number(p.goalAmount().doubleValue(), 2,
                    locale), Formats.number(p.goalWhole(), 0, locale), p.goalStage());
        };
    }

    /** "Name: goal over start – end, on baseline “…”". */
    static String line(PlanSnapshot p, String baselineName, Component c, Locale locale) {
        return c.getTranslation("replan.plan.line", p.name(), goal(p, c, locale),
                Formats.date(p.periodStart(), locale), Formats.date(p.periodEnd(), locale), baselineName);
    }
}
