package app.goalpost.planning.review;

import app.goalpost.planning.Message;
import app.goalpost.planning.Money;
import app.goalpost.planning.review.ReviewStatus.FiredTrigger;
import app.goalpost.planning.review.ReviewStatus.ReviewTrigger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** docs/method.md, step 5: when goals must be reviewed next, and which events bring that date forward. */
public final class ReviewCadence {

    private ReviewCadence() {
    }

    public static ReviewStatus evaluate(ReviewPolicy policy, ReviewInput in) {
        LocalDate scheduled = in.lastReview().plus(policy.interval());
        List<FiredTrigger> fired = new ArrayList<>();
        if (in.baselineCpa().isPresent() && in.currentCpa().isPresent() && in.baselineCpa().get().signum() > 0) {
            Money base = in.baselineCpa().get();
            double change = in.currentCpa().get().ratioTo(base) - 1;
            // compare with a hair of slack: +20.0% computed in binary must count as reaching +20%
            if (change >= policy.adCostIncreaseThreshold() - 1e-12) {
                fired.add(new FiredTrigger(ReviewTrigger.AD_COST_INCREASE, Message.of("review.trigger.adCostIncrease",
                        change, policy.adCostIncreaseThreshold())));
            }
        }
        if (in.audienceChanged()) {
            fired.add(new FiredTrigger(ReviewTrigger.AUDIENCE_CHANGED, Message.of("review.trigger.audienceChanged")));
        }
        if (in.businessGoalChanged()) {
            fired.add(new FiredTrigger(ReviewTrigger.BUSINESS_GOAL_CHANGED,
                    Message.of("review.trigger.businessGoalChanged")));
        }
        if (in.otherRecorded()) {
            fired.add(new FiredTrigger(ReviewTrigger.RECORDED, Message.of("review.trigger.recorded")));
        }
        LocalDate due = !fired.isEmpty() && in.today().isBefore(scheduled) ? in.today() : scheduled;
        boolean overdue = in.today().isAfter(scheduled);
        long daysOverdue = overdue ? ChronoUnit.DAYS.between(scheduled, in.today()) : 0;
        List<Message> messages = new ArrayList<>();
        fired.forEach(f -> messages.add(f.message()));
        messages.add(overdue ? Message.of("review.overdue", daysOverdue, scheduled) : Message.of("review.due", due));
        return new ReviewStatus(scheduled, due, !in.today().isBefore(due), overdue, daysOverdue, fired, messages);
    }
}
