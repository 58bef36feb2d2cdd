package app.goalpost.workspace.ui;

import app.goalpost.workspace.ChangeKind;

/**
 * Someone else saved something of the open workspace (possibly on another app node), as handed to
 * {@link WorkspaceScopedView#onLiveChange}: ids, and the note already worded for this user ("Nora Schmidt changed
 * the scenario “Q1 push”"), its names read from the database for this user; the saver's display name when known
 * (the merge dialog names who saved the other version).
 */
public record LiveChange(ChangeKind kind, long subjectId, long actorUserId, String note,
        java.util.Optional<String> actorName) {

    public LiveChange(ChangeKind kind, long subjectId, long actorUserId, String note) {
        this(kind, subjectId, actorUserId, note, java.util.Optional.empty());
    }
}
