package app.goalpost.planning.review;

import app.goalpost.planning.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the app knows about a goal set: when it was last reviewed, the CPA the plan was built on and the current
 * one, and whether the audience or the core business goal changed since the last review (the app records those).
 *
 * @param otherRecorded a person recorded another reason to review (free text, or ad costs seen rising before the
 *                      data shows it): like the named triggers, it brings the review forward to today
 */
public record ReviewInput(LocalDate lastReview, LocalDate today, Optional<Money> baselineCpa,
                          Optional<Money> currentCpa, boolean audienceChanged, boolean businessGoalChanged,
                          boolean otherRecorded) {

    public ReviewInput(LocalDate lastReview, LocalDate today, Optional<Money> baselineCpa,
            Optional<Money> currentCpa, boolean audienceChanged, boolean businessGoalChanged) {
        this(lastReview, today, baselineCpa, currentCpa, audienceChanged, businessGoalChanged, false);
    }

    public ReviewInput {
        Objects.requireNonNull(lastReview, "lastReview");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(baselineCpa, "baselineCpa");
        Objects.requireNonNull(currentCpa, "currentCpa");
    }

    public static ReviewInput of(LocalDate lastReview, LocalDate today) {
        return new ReviewInput(lastReview, today, Optional.empty(), Optional.empty(), false, false);
    }

    public ReviewInput withCpa(Money baseline, Money current) {
        return new ReviewInput(lastReview, today, Optional.of(baseline), Optional.of(current), audienceChanged,
                businessGoalChanged, otherRecorded);
    }

    public ReviewInput withAudienceChanged() {
        return new ReviewInput(lastReview, today, baselineCpa, currentCpa, true, businessGoalChanged, otherRecorded);
    }

    public ReviewInput withBusinessGoalChanged() {
        return new ReviewInput(lastReview, today, baselineCpa, currentCpa, audienceChanged, true, otherRecorded);
    }

    public ReviewInput withOtherRecorded() {
        return new ReviewInput(lastReview, today, baselineCpa, currentCpa, audienceChanged, businessGoalChanged, true);
    }
}
