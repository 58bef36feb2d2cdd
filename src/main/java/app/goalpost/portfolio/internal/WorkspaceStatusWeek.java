package app.goalpost.portfolio.internal;

import app.goalpost.portfolio.PortfolioStatus;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** The last overall status computed for a workspace in one week of its client's calendar (Monday first). */
@Entity
@Table(name = "workspace_status_week")
public class WorkspaceStatusWeek extends AgencyOwnedEntity {

    private long workspaceId;
    private LocalDate weekStart;
    @Enumerated(EnumType.STRING)
    private PortfolioStatus overall;

    protected WorkspaceStatusWeek() {
        this.weekStart = LocalDate.EPOCH;
        this.overall = PortfolioStatus.NO_DATA;
    }

    public WorkspaceStatusWeek(long workspaceId, LocalDate weekStart, PortfolioStatus overall) {
        this.workspaceId = workspaceId;
        this.weekStart = weekStart;
        this.overall = overall;
    }

    public void setOverall(PortfolioStatus overall) {
        this.overall = overall;
    }
}
