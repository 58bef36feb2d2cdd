package app.goalpost.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where the policy's calendar puts the next review (the engine decides due/overdue). */
class ReviewScheduleTest {

    static final ReviewPolicySettings QUARTERLY = ReviewPolicySettings.defaults();

    @Test
    void quarterlyOnACalendarFiscalYearFallsOnCalendarQuarters() {
        ReviewDue due = ReviewSchedule.evaluate(QUARTERLY, 1, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 20),
                List.of());
        assertThat(due.scheduled()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(due.daysUntilScheduled()).isEqualTo(42);
        assertThat(due.headline()).isEqualTo(ReviewDue.Headline.DUE_IN_DAYS);
    }

    @Test
    void fiscalYearStartingInAprilHasQuartersAprJulOctJan() {
        assertThat(ReviewSchedule.fiscalQuarterStart(LocalDate.of(2026, 3, 31), 4)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(ReviewSchedule.fiscalQuarterStart(LocalDate.of(2026, 4, 1), 4)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ReviewSchedule.fiscalQuarterStart(LocalDate.of(2026, 6, 30), 4)).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(ReviewSchedule.fiscalQuarterStart(LocalDate.of(2026, 12, 15), 4))
                .isEqualTo(LocalDate.of(2026, 10, 1));
        // a fiscal year starting in February: quarters Feb, May, Aug, Nov; January belongs to November's
        assertThat(ReviewSchedule.fiscalQuarterStart(LocalDate.of(2027, 1, 31), 2)).isEqualTo(LocalDate.of(2026, 11, 1));
        ReviewDue due = ReviewSchedule.evaluate(QUARTERLY, 4, LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 20),
                List.of());
        assertThat(due.scheduled()).isEqualTo(LocalDate.of(2026, 7, 1));
    }

    @Test
    void quarterBoundaries() {
        // reviewed on the last day of a quarter: the next quarter starts the day after
        ReviewDue lastDay = ReviewSchedule.evaluate(QUARTERLY, 1, LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 31),
                List.of());
        assertThat(lastDay.scheduled()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(lastDay.daysUntilScheduled()).isEqualTo(1);
        // reviewed on the first day: the whole quarter is covered
        ReviewDue firstDay = ReviewSchedule.evaluate(QUARTERLY, 1, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1),
                List.of());
        assertThat(firstDay.scheduled()).isEqualTo(LocalDate.of(2026, 7, 1));
        // due on the boundary day itself, overdue the day after
        ReviewDue onTheDay = ReviewSchedule.evaluate(QUARTERLY, 1, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 1),
                List.of());
        assertThat(onTheDay.dueNow()).isTrue();
        assertThat(onTheDay.overdue()).isFalse();
        assertThat(onTheDay.headline()).isEqualTo(ReviewDue.Headline.DUE_TODAY);
        ReviewDue dayAfter = ReviewSchedule.evaluate(QUARTERLY, 1, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 4, 2),
                List.of());
        assertThat(dayAfter.overdue()).isTrue();
        assertThat(dayAfter.headline()).isEqualTo(ReviewDue.Headline.OVERDUE);
        assertThat(dayAfter.scheduled()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void monthlyAndCustomCadences() {
        assertThat(ReviewSchedule.evaluate(new ReviewPolicySettings(ReviewCadenceKind.MONTHLY, 0), 4,
                LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 3), List.of()).scheduled())
                .isEqualTo(LocalDate.of(2026, 2, 1));
        ReviewDue custom = ReviewSchedule.evaluate(new ReviewPolicySettings(ReviewCadenceKind.CUSTOM, 45), 1,
                LocalDate.of(2026, 5, 20), LocalDate.of(2026, 5, 28), List.of());
        assertThat(custom.scheduled()).isEqualTo(LocalDate.of(2026, 7, 4));
        assertThat(custom.daysUntilScheduled()).isEqualTo(37);
    }

    @Test
    void anOpenTriggerMakesTheReviewDueNowEveryKind() {
        for (TriggerKind kind : TriggerKind.values()) {
            RecordedTrigger t = new RecordedTrigger(1, kind, Optional.of("why"), "Ann", Instant.EPOCH);
            ReviewDue due = ReviewSchedule.evaluate(QUARTERLY, 1, LocalDate.of(2026, 5, 20),
                    LocalDate.of(2026, 5, 21), List.of(t));
            assertThat(due.dueNow()).as(kind.name()).isTrue();
            assertThat(due.due()).as(kind.name()).isEqualTo(LocalDate.of(2026, 5, 21));
            assertThat(due.scheduled()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(due.headline()).isEqualTo(ReviewDue.Headline.DUE_NOW_TRIGGER);
        }
    }
}
