package app.goalpost.planning.review;

import app.goalpost.planning.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the app knows about a goal set: when it was last reviewed, the CPA the plan was built on and the current
 * one, and whether the audience or the core business goal changed since the last review (the app records those).
 */
public record ReviewInput(LocalDate lastReview, LocalDate today, Optional<Money> baselineCpa,
                          Optional<Money> currentCpa, boolean audienceChanged, boolean businessGoalChanged) {

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
                businessGoalChanged);
    }

    public ReviewInput withAudienceChanged() {
        return new ReviewInput(lastReview, today, baselineCpa, currentCpa, true, businessGoalChanged);
    }

    public ReviewInput withBusinessGoalChanged() {
        return new ReviewInput(lastReview, today, baselineCpa, currentCpa, audienceChanged, true);
    }
}
