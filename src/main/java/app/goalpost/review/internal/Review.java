package app.goalpost.review.internal;

import app.goalpost.review.ReviewDecision;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A review held in a workspace. Not edited after it is recorded: it is history. */
@Entity
@Table(name = "review")
public class Review extends AgencyOwnedEntity {

    private long workspaceId;
    private LocalDate reviewDate;
    @Enumerated(EnumType.STRING)
    private ReviewDecision decision;
    private @Nullable String notes;
    private long recordedBy;
    private String recordedByName;
    private Instant recordedAt;

    protected Review() {
    }

    public Review(long workspaceId, LocalDate reviewDate, ReviewDecision decision, @Nullable String notes,
            long recordedBy, String recordedByName, Instant recordedAt) {
        this.workspaceId = workspaceId;
        this.reviewDate = reviewDate;
        this.decision = decision;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedByName = recordedByName;
        this.recordedAt = recordedAt;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public @Nullable String getNotes() {
        return notes;
    }

    public String getRecordedByName() {
        return recordedByName;
    }
}
