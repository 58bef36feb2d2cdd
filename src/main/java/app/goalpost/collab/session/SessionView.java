package app.goalpost.collab.session;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A running session as the signed-in user sees it, with what they may do in it.
 *
 * @param version       the session row's version (agenda, end)
 * @param notesVersion  the notes' own version, the guard of {@link GoalSessionService#saveNotes}
 * @param canEdit       may edit notes and decisions (EDIT_PLAN)
 * @param facilitating  is the facilitator (ticks the agenda, leads, ends)
 * @param joined        the user has joined
 * @param following     the user (a participant) follows the facilitator's pages; stored, so it survives a reload
 */
public record SessionView(SessionId id, String title, long facilitatorUserId, String facilitatorName,
        Instant startedAt, Set<AgendaStep> agendaDone, long version, List<Participant> participants, String notes,
        String notesUpdatedBy, long notesVersion, List<Decision> decisions, boolean canEdit, boolean facilitating,
        boolean joined, boolean following) {

    public record Participant(long userId, String name, Instant joinedAt) {
    }

    public record Decision(DecisionId id, String text, String authorName, long version) {
    }
}
