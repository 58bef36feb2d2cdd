package app.goalpost.notify.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A user's daily digest claimed by a run (unique per user and day): the claim comes before the mail. */
@Entity
@Table(name = "notify_digest")
public class DigestMark extends AgencyOwnedEntity {

    private long userId;
    private LocalDate digestDate;
    private Instant createdAt;

    protected DigestMark() {
    }

    public DigestMark(long userId, LocalDate digestDate, Instant createdAt) {
        this.userId = userId;
        this.digestDate = digestDate;
        this.createdAt = createdAt;
    }
}
