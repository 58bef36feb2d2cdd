package app.goalpost.review;

/** The outcome of a review: the plan of record stays, or a new plan on a baseline from recent actuals replaced it. */
public enum ReviewDecision {
    KEEP_PLAN,
    REPLANNED
}
