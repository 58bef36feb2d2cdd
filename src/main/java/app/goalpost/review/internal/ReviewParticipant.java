package app.goalpost.review.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Someone who took part in a review, with the name as it was then. */
@Entity
@Table(name = "review_participant")
public class ReviewParticipant extends AgencyOwnedEntity {

    private long reviewId;
    private long userId;
    private String userName;

    protected ReviewParticipant() {
    }

    public ReviewParticipant(long reviewId, long userId, String userName) {
        this.reviewId = reviewId;
        this.userId = userId;
        this.userName = userName;
    }

    public long getReviewId() {
        return reviewId;
    }

    public long getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }
}
