package app.goalpost.workspace;

import java.util.Optional;

/**
 * Names what a {@link WorkspaceChanged} is about, for the "who changed what" note of a live page. Each feature that
 * publishes changes implements it for its own kinds, through its own guarded services: the name is read for the
 * signed-in user who will see the note, never carried by the event.
 */
public interface ChangeSubjectNames {

    /** The subject's name, or empty when the kind is not this feature's, the subject is gone, or not visible. */
    Optional<String> name(WorkspaceId workspaceId, ChangeKind kind, long subjectId);
}
