package app.goalpost.collab.session;

/** A goal-setting session's id, typed so it cannot be swapped with a workspace id or a version. */
public record SessionId(long value) {
}
