package app.goalpost.review;

import java.util.List;

/** What the review page shows: the policy, when the next review is due, the open triggers and the past reviews. */
public record ReviewPage(ReviewPolicySettings policy, long policyVersion, ReviewDue due, List<PastReview> history) {

    public ReviewPage {
        history = List.copyOf(history);
    }
}
