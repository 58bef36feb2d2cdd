package app.goalpost.report.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import app.goalpost.workspace.ChangeKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change the report's "what changed" lists: a KPI target changed or a plan adopted, and when. */
@Entity
@Table(name = "report_change")
public class ReportChange extends AgencyOwnedEntity {

    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private ChangeKind kind;
    private long subjectId;
    private Instant changedAt;

    protected ReportChange() {
    }

    public ReportChange(long workspaceId, ChangeKind kind, long subjectId, Instant changedAt) {
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.changedAt = changedAt;
    }

    public ChangeKind getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
