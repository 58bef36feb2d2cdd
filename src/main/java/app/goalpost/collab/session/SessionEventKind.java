package app.goalpost.collab.session;

/**
 * The {@code what} of a {@link app.goalpost.collab.LiveEvent.Topic#SESSION} event; the subject is the session id.
 * Only {@link #LEAD} carries a detail: the route the facilitator opened, inside the same workspace (ids only).
 */
public enum SessionEventKind {
    STARTED, JOINED, AGENDA, NOTES, DECISIONS, LEAD, SCENARIOS, ENDED
}
