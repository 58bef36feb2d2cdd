package app.goalpost.webhook.internal;

import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last pacing status of a KPI that webhooks compared against: a change from it is an event. */
@Entity
@Table(name = "webhook_kpi_status")
public class KpiStatusMark extends AgencyOwnedEntity {

    private long workspaceId;
    private long kpiId;
    @Enumerated(EnumType.STRING)
    private PacingStatus status;
    private Instant updatedAt;

    protected KpiStatusMark() {
    }

    public KpiStatusMark(long workspaceId, long kpiId, PacingStatus status, Instant updatedAt) {
        this.workspaceId = workspaceId;
        this.kpiId = kpiId;
        this.status = status;
        this.updatedAt = updatedAt;
    }

    public long getKpiId() {
        return kpiId;
    }

    public PacingStatus getStatus() {
        return status;
    }

    public void change(PacingStatus status, Instant at) {
        this.status = status;
        this.updatedAt = at;
    }
}
