package app.goalpost.collab.session.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who joined a session, with the time they first joined. */
@Entity
@Table(name = "goal_session_participant")
public class GoalSessionParticipant extends AgencyOwnedEntity {

    private long sessionId;
    private long userId;
    private String userName;
    private Instant joinedAt;
    /** Follows the facilitator's pages; kept across reloads (V19). */
    private boolean following;

    protected GoalSessionParticipant() {
    }

    public GoalSessionParticipant(long sessionId, long userId, String userName, Instant joinedAt) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.userName = userName;
        this.joinedAt = joinedAt;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }

    public boolean isFollowing() {
        return following;
    }

    public void setFollowing(boolean following) {
        this.following = following;
    }
}
