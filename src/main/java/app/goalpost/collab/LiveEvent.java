package app.goalpost.collab;

import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceChanged;
import org.jspecify.annotations.Nullable;

/**
 * A small event about one workspace of one agency, as it travels on the {@link LiveBus} (possibly between nodes).
 * Ids and short codes only, never data: a receiver reloads what it shows.
 *
 * @param topic    what family of event this is
 * @param what     for {@link Topic#CHANGE} the {@link ChangeKind} name; for other topics a short code of that topic
 * @param subjectId the row it is about, 0 when none
 * @param actorUserId who caused it, 0 for the system
 * @param detail   a short code for the receiver (a page or field key), never user data of another tenant
 */
public record LiveEvent(long agencyId, long workspaceId, Topic topic, String what, long subjectId, long actorUserId,
        @Nullable String detail) {

    public enum Topic {
        /** Something was saved: open pages reload. */
        CHANGE,
        /** Who is where: presence heartbeats and leaves. */
        PRESENCE,
        /** Goal-setting session: started, notes, decisions, lead, ended. */
        SESSION
    }

    static LiveEvent change(long agencyId, WorkspaceChanged change) {
        return new LiveEvent(agencyId, change.workspaceId().value(), Topic.CHANGE, change.kind().name(),
                change.subjectId(), change.actorUserId(), null);
    }

    /**
     * A presence event: {@code what} is {@link #HERE} (joined, moved, focused a field, or heartbeat: the whole state
     * each time, so receivers need no order) or {@link #GONE} (left); {@link #SYNC} asks the other nodes to repeat
     * their {@code HERE}s for a workspace they just started to watch. The detail is
     * {@code presenceKey|PAGE|fieldCode} (codes only).
     */
    static LiveEvent presence(long agencyId, long workspaceId, String what, long userId, String detail) {
        return new LiveEvent(agencyId, workspaceId, Topic.PRESENCE, what, 0, userId, detail);
    }

    static final String HERE = "HERE";
    static final String GONE = "GONE";
    static final String SYNC = "SYNC";

    /** The change kind of a {@link Topic#CHANGE} event. */
    public ChangeKind changeKind() {
        if (topic != Topic.CHANGE) {
            throw new IllegalStateException("Not a change event: " + this);
        }
        return ChangeKind.valueOf(what);
    }
}
