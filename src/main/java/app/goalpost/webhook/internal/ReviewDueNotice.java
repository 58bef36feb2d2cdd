package app.goalpost.webhook.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A scheduled review date already announced by a review.due event (unique per workspace and date). */
@Entity
@Table(name = "webhook_review_notice")
public class ReviewDueNotice extends AgencyOwnedEntity {

    private long workspaceId;
    private LocalDate dueDate;
    private Instant firedAt;

    protected ReviewDueNotice() {
    }

    public ReviewDueNotice(long workspaceId, LocalDate dueDate, Instant firedAt) {
        this.workspaceId = workspaceId;
        this.dueDate = dueDate;
        this.firedAt = firedAt;
    }
}
