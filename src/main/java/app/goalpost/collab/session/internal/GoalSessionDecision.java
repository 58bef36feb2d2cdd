package app.goalpost.collab.session.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a session's decisions list. */
@Entity
@Table(name = "goal_session_decision")
public class GoalSessionDecision extends AgencyOwnedEntity {

    private long sessionId;
    @Column(name = "decision_text")
    private String text;
    private String authorName;
    private Instant createdAt;

    protected GoalSessionDecision() {
    }

    public GoalSessionDecision(long sessionId, String text, String authorName, Instant createdAt) {
        this.sessionId = sessionId;
        this.text = text;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getAuthorName() {
        return authorName;
    }
}
