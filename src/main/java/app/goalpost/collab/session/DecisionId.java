package app.goalpost.collab.session;

/** A line of a session's decisions list. */
public record DecisionId(long value) {
}
