package app.goalpost.review;

/** How a workspace's review dates are laid out. */
public enum ReviewCadenceKind {
    /** Every fiscal quarter (the workspace's fiscal year start decides where quarters begin): the method's default. */
    QUARTERLY,
    /** Every calendar month. */
    MONTHLY,
    /** Every N days, counted from the last review (or from the workspace's creation). */
    CUSTOM
}
