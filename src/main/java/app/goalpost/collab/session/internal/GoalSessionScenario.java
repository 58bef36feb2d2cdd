package app.goalpost.collab.session.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A scenario opened, compared, edited or adopted while a session ran. */
@Entity
@Table(name = "goal_session_scenario")
public class GoalSessionScenario extends AgencyOwnedEntity {

    private long sessionId;
    private long scenarioId;
    private long baselineId;
    private String scenarioName;
    private Instant firstSeenAt;

    protected GoalSessionScenario() {
    }

    public GoalSessionScenario(long sessionId, long scenarioId, long baselineId, String scenarioName,
            Instant firstSeenAt) {
        this.sessionId = sessionId;
        this.scenarioId = scenarioId;
        this.baselineId = baselineId;
        this.scenarioName = scenarioName;
        this.firstSeenAt = firstSeenAt;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getScenarioId() {
        return scenarioId;
    }

    public long getBaselineId() {
        return baselineId;
    }

    public String getScenarioName() {
        return scenarioName;
    }

    public void rename(String name) {
        this.scenarioName = name;
    }
}
