package app.goalpost.notify.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A workspace's scheduled review date already notified (unique per workspace and date). */
@Entity
@Table(name = "notify_review_due")
public class ReviewDueMark extends AgencyOwnedEntity {

    private long workspaceId;
    private LocalDate dueDate;
    private Instant createdAt;

    protected ReviewDueMark() {
    }

    public ReviewDueMark(long workspaceId, LocalDate dueDate, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.dueDate = dueDate;
        this.createdAt = createdAt;
    }
}
