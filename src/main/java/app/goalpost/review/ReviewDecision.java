package app.goalpost.review;

/** The outcome of a review. Re-planning (a new scenario adopted) is not built yet. */
public enum ReviewDecision {
    KEEP_PLAN
}
