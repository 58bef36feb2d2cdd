package app.goalpost.collab.session.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The shared notes of a session, with their own version (saving notes never conflicts with the agenda). */
@Entity
@Table(name = "goal_session_notes")
public class GoalSessionNotes extends AgencyOwnedEntity {

    private long sessionId;
    private @Nullable String notes;
    private @Nullable Long updatedBy;
    private @Nullable String updatedByName;
    private @Nullable Instant updatedAt;

    protected GoalSessionNotes() {
    }

    public GoalSessionNotes(long sessionId) {
        this.sessionId = sessionId;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getNotes() {
        return notes == null ? "" : notes;
    }

    public @Nullable String getUpdatedByName() {
        return updatedByName;
    }

    public @Nullable Long getUpdatedBy() {
        return updatedBy;
    }

    public void write(String text, long userId, String userName, Instant at) {
        this.notes = text.isEmpty() ? null : text;
        this.updatedBy = userId;
        this.updatedByName = userName;
        this.updatedAt = at;
    }
}
