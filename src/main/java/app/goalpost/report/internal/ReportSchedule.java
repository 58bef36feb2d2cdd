package app.goalpost.report.internal;

import app.goalpost.report.ReportPeriod;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** When a workspace's report is e-mailed, in which language, to whom, and with whose rights. */
@Entity
@Table(name = "report_schedule")
public class ReportSchedule extends AgencyOwnedEntity {

    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private ReportPeriod.Kind frequency;
    private String language;
    private boolean enabled;
    private String recipients;
    private long scheduledBy;
    private String scheduledByEmail;
    private Instant updatedAt;

    protected ReportSchedule() {
    }

    public ReportSchedule(long workspaceId) {
        this.workspaceId = workspaceId;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public ReportPeriod.Kind getFrequency() {
        return frequency;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public List<String> getRecipients() {
        return recipients.isEmpty() ? List.of() : Arrays.asList(recipients.split("\n"));
    }

    public long getScheduledBy() {
        return scheduledBy;
    }

    public String getScheduledByEmail() {
        return scheduledByEmail;
    }

    public void apply(ReportPeriod.Kind frequency, String language, boolean enabled, List<String> recipients,
            long scheduledBy, String scheduledByEmail, Instant now) {
        this.frequency = frequency;
        this.language = language;
        this.enabled = enabled;
        this.recipients = String.join("\n", recipients);
        this.scheduledBy = scheduledBy;
        this.scheduledByEmail = scheduledByEmail;
        this.updatedAt = now;
    }
}
