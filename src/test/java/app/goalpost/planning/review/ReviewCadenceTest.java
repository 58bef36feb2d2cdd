package app.goalpost.planning.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.planning.Message;
import app.goalpost.planning.Messages;
import app.goalpost.planning.Money;
import app.goalpost.planning.review.ReviewStatus.ReviewTrigger;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ReviewCadenceTest {

    static final LocalDate LAST = LocalDate.of(2026, 1, 15);

    @Test
    void quarterlyByDefault() {
        ReviewStatus s = ReviewCadence.evaluate(ReviewPolicy.quarterly(), ReviewInput.of(LAST, LAST.plusDays(30)));
        assertThat(s.scheduledDue()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(s.due()).isEqualTo(s.scheduledDue());
        assertThat(s.dueNow()).isFalse();
        assertThat(s.overdue()).isFalse();
        assertThat(s.triggers()).isEmpty();
        assertThat(Messages.english(s.messages().get(0))).isEqualTo("Next review due on 2026-04-15.");
    }

    @Test
    void dueOnTheDayOverdueAfter() {
        ReviewStatus on = ReviewCadence.evaluate(ReviewPolicy.quarterly(), ReviewInput.of(LAST, LocalDate.of(2026, 4, 15)));
        assertThat(on.dueNow()).isTrue();
        assertThat(on.overdue()).isFalse();
        ReviewStatus late = ReviewCadence.evaluate(ReviewPolicy.quarterly(),
                ReviewInput.of(LAST, LocalDate.of(2026, 4, 25)));
        assertThat(late.overdue()).isTrue();
        assertThat(late.daysOverdue()).isEqualTo(10);
        assertThat(late.messages()).extracting(Message::key).containsExactly("review.overdue");
    }

    @Test
    void configurableInterval() {
        ReviewStatus s = ReviewCadence.evaluate(new ReviewPolicy(Period.ofMonths(1), 0.1),
                ReviewInput.of(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 1)));
        assertThat(s.scheduledDue()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThatThrownBy(() -> new ReviewPolicy(Period.ZERO, 0.2)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new ReviewPolicy(Period.ofMonths(3), 0)).hasMessageContaining("> 0");
    }

    @Test
    void adCostIncreaseAtThresholdBringsTheReviewForward() {
        LocalDate today = LAST.plusDays(20);
        ReviewInput base = ReviewInput.of(LAST, today);
        ReviewStatus up20 = ReviewCadence.evaluate(ReviewPolicy.quarterly(),
                base.withCpa(Money.of("50", "EUR"), Money.of("60", "EUR")));
        assertThat(up20.fired(ReviewTrigger.AD_COST_INCREASE)).isTrue();
        assertThat(up20.due()).isEqualTo(today);
        assertThat(up20.dueNow()).isTrue();
        assertThat(up20.overdue()).isFalse();
        assertThat(Messages.english(up20.triggers().get(0).message()))
                .isEqualTo("Ad costs rose 20% against the baseline (threshold 20%).");
        ReviewStatus up19 = ReviewCadence.evaluate(ReviewPolicy.quarterly(),
                base.withCpa(Money.of("50", "EUR"), Money.of("59.9", "EUR")));
        assertThat(up19.triggers()).isEmpty();
        assertThat(up19.due()).isEqualTo(up19.scheduledDue());
        ReviewStatus down = ReviewCadence.evaluate(ReviewPolicy.quarterly(),
                base.withCpa(Money.of("50", "EUR"), Money.of("30", "EUR")));
        assertThat(down.triggers()).isEmpty();
    }

    @Test
    void audienceAndGoalChangesFireAndAreListed() {
        ReviewStatus s = ReviewCadence.evaluate(ReviewPolicy.quarterly(),
                ReviewInput.of(LAST, LAST.plusDays(5)).withAudienceChanged().withBusinessGoalChanged()
                        .withCpa(Money.of("10", "EUR"), Money.of("13", "EUR")));
        assertThat(s.triggers()).extracting(ReviewStatus.FiredTrigger::trigger).containsExactly(
                ReviewTrigger.AD_COST_INCREASE, ReviewTrigger.AUDIENCE_CHANGED, ReviewTrigger.BUSINESS_GOAL_CHANGED);
        assertThat(s.due()).isEqualTo(LAST.plusDays(5));
        // a trigger on an already overdue review keeps the (earlier) scheduled date
        ReviewStatus late = ReviewCadence.evaluate(ReviewPolicy.quarterly(),
                ReviewInput.of(LAST, LAST.plusMonths(4)).withAudienceChanged());
        assertThat(late.due()).isEqualTo(late.scheduledDue());
        assertThat(late.overdue()).isTrue();
    }

    @Test
    void aRecordedReasonBringsTheReviewForwardLikeTheNamedTriggers() {
        LocalDate last = LocalDate.of(2026, 4, 1);
        ReviewStatus none = ReviewCadence.evaluate(ReviewPolicy.quarterly(), ReviewInput.of(last, LocalDate.of(2026, 5, 20)));
        assertThat(none.dueNow()).isFalse();
        ReviewStatus recorded = ReviewCadence.evaluate(ReviewPolicy.quarterly(),
                ReviewInput.of(last, LocalDate.of(2026, 5, 20)).withOtherRecorded());
        assertThat(recorded.fired(ReviewTrigger.RECORDED)).isTrue();
        assertThat(recorded.due()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(recorded.scheduledDue()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(recorded.overdue()).isFalse();
    }
}
