package app.goalpost.review;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * When the next review is due, from the engine's {@link app.goalpost.planning.review.ReviewCadence}.
 *
 * @param today     the client's day (the workspace's time zone)
 * @param scheduled the next date on the policy's calendar
 * @param due       {@code scheduled}, brought forward to today by an open trigger
 * @param overdue   today is after {@code scheduled}
 * @param triggers  the open triggers, oldest first: each makes the review due now
 */
public record ReviewDue(LocalDate today, LocalDate scheduled, LocalDate due, boolean dueNow, boolean overdue,
        long daysUntilScheduled, List<RecordedTrigger> triggers) {

    public ReviewDue {
        triggers = List.copyOf(triggers);
    }

    /** Which sentence describes this state; the views fill it in (see {@link Headline}). */
    public Headline headline() {
        if (overdue) {
            return Headline.OVERDUE;
        }
        if (!triggers.isEmpty()) {
            return Headline.DUE_NOW_TRIGGER;
        }
        return dueNow ? Headline.DUE_TODAY : Headline.DUE_IN_DAYS;
    }

    /**
     * The arguments of {@link Headline#key()}, so every view writes the same sentence: the scheduled date (overdue),
     * the first open trigger's label (due now), nothing (today), the days left (in N days).
     */
    public Object[] headlineArgs(Function<LocalDate, String> date, Function<TriggerKind, String> triggerLabel) {
        return switch (headline()) {
            case OVERDUE -> new Object[] {date.apply(scheduled)};
            case DUE_NOW_TRIGGER -> new Object[] {triggerLabel.apply(triggers.getFirst().kind())};
            case DUE_TODAY -> new Object[0];
            case DUE_IN_DAYS -> new Object[] {daysUntilScheduled};
        };
    }

    /** i18n keys {@code review.due.<name>}: overdue since {scheduled}, due now: {first trigger}, today, in N days. */
    public enum Headline {
        OVERDUE, DUE_NOW_TRIGGER, DUE_TODAY, DUE_IN_DAYS;

        public String key() {
            return "review.due." + name();
        }
    }
}
