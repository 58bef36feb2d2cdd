package app.goalpost.planning.review;

import app.goalpost.planning.Message;
import java.time.LocalDate;
import java.util.List;

/**
 * @param scheduledDue last review + interval
 * @param due          the scheduled date, brought forward to today when a trigger fired
 * @param dueNow       today is on or after {@code due}
 * @param overdue      today is after the scheduled date
 * @param daysOverdue  days past the scheduled date (0 when not overdue)
 * @param triggers     the triggers that fired, in {@link ReviewTrigger} order
 */
public record ReviewStatus(LocalDate scheduledDue, LocalDate due, boolean dueNow, boolean overdue, long daysOverdue,
                           List<FiredTrigger> triggers, List<Message> messages) {

    public ReviewStatus {
        triggers = List.copyOf(triggers);
        messages = List.copyOf(messages);
    }

    public enum ReviewTrigger { AD_COST_INCREASE, AUDIENCE_CHANGED, BUSINESS_GOAL_CHANGED, RECORDED }

    public record FiredTrigger(ReviewTrigger trigger, Message message) {
    }

    public boolean fired(ReviewTrigger trigger) {
        return triggers.stream().anyMatch(t -> t.trigger() == trigger);
    }
}
