package app.goalpost.collab.session.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A goal-setting session of one workspace: open while {@code endedAt} is null, history afterwards. */
@Entity
@Table(name = "goal_session")
public class GoalSession extends AgencyOwnedEntity {

    private long workspaceId;
    /** The workspace id while open, null once ended: the unique key keeps one open session per workspace. */
    private @Nullable Long openWorkspaceId;
    private String title;
    private long facilitatorId;
    private String facilitatorName;
    private Instant startedAt;
    private @Nullable Instant endedAt;
    private String agendaDone = "";
    private @Nullable Long adoptedScenarioId;

    protected GoalSession() {
    }

    public GoalSession(long workspaceId, String title, long facilitatorId, String facilitatorName, Instant startedAt) {
        this.workspaceId = workspaceId;
        this.openWorkspaceId = workspaceId;
        this.title = title;
        this.facilitatorId = facilitatorId;
        this.facilitatorName = facilitatorName;
        this.startedAt = startedAt;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public String getTitle() {
        return title;
    }

    public long getFacilitatorId() {
        return facilitatorId;
    }

    public String getFacilitatorName() {
        return facilitatorName;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getEndedAt() {
        return endedAt;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    public String getAgendaDone() {
        return agendaDone;
    }

    public void setAgendaDone(String agendaDone) {
        this.agendaDone = agendaDone;
    }

    public @Nullable Long getAdoptedScenarioId() {
        return adoptedScenarioId;
    }

    public void setAdoptedScenarioId(long scenarioId) {
        this.adoptedScenarioId = scenarioId;
    }

    public void end(Instant at) {
        this.endedAt = at;
        this.openWorkspaceId = null;
    }
}
