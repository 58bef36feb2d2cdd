package app.goalpost.report.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A report sent for one workspace and period; unique per (workspace, period), so a period is sent once. */
@Entity
@Table(name = "report_delivery")
public class ReportDelivery extends AgencyOwnedEntity {

    private long workspaceId;
    private String periodKey;
    private int recipients;
    private Instant sentAt;

    protected ReportDelivery() {
    }

    public ReportDelivery(long workspaceId, String periodKey, int recipients, Instant sentAt) {
        this.workspaceId = workspaceId;
        this.periodKey = periodKey;
        this.recipients = recipients;
        this.sentAt = sentAt;
    }

    public String getPeriodKey() {
        return periodKey;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
