package app.goalpost.review;

import java.util.Objects;

/**
 * A workspace's review policy as the page edits it.
 *
 * @param intervalDays the interval of a {@link ReviewCadenceKind#CUSTOM} cadence; ignored (0) otherwise
 */
public record ReviewPolicySettings(ReviewCadenceKind cadence, int intervalDays) {

    public ReviewPolicySettings {
        Objects.requireNonNull(cadence, "cadence");
    }

    /** What a workspace without a saved policy uses: quarterly on its fiscal year (docs/method.md, step 5). */
    public static ReviewPolicySettings defaults() {
        return new ReviewPolicySettings(ReviewCadenceKind.QUARTERLY, 0);
    }
}
