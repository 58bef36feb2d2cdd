package app.goalpost.history.internal;

import app.goalpost.history.Revision;
import app.goalpost.history.RevisionField;
import app.goalpost.history.RevisionSource;
import app.goalpost.history.RevisionSubject;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A stored revision; written once, never changed. */
@Entity
@Table(name = "revision")
public class RevisionRow extends AgencyOwnedEntity {

    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private RevisionSubject subjectType;
    private long subjectId;
    @Enumerated(EnumType.STRING)
    private RevisionField field;
    private @Nullable String valueBefore;
    private @Nullable String valueAfter;
    private @Nullable BigDecimal numberBefore;
    private @Nullable BigDecimal numberAfter;
    private String reason;
    @Enumerated(EnumType.STRING)
    private RevisionSource source;
    private @Nullable Long changedBy;
    private String changedByName;
    private Instant changedAt;

    protected RevisionRow() {
    }

    public RevisionRow(long workspaceId, RevisionSubject subjectType, long subjectId, RevisionField field,
            @Nullable String valueBefore, @Nullable String valueAfter, @Nullable BigDecimal numberBefore,
            @Nullable BigDecimal numberAfter, String reason, RevisionSource source, @Nullable Long changedBy,
            String changedByName, Instant changedAt) {
        this.workspaceId = workspaceId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.field = field;
        this.valueBefore = valueBefore;
        this.valueAfter = valueAfter;
        this.numberBefore = numberBefore;
        this.numberAfter = numberAfter;
        this.reason = reason;
        this.source = source;
        this.changedBy = changedBy;
        this.changedByName = changedByName;
        this.changedAt = changedAt;
    }

    public Revision toRevision() {
        return new Revision(getId(), subjectType, subjectId, field, valueBefore == null ? "" : valueBefore,
                valueAfter == null ? "" : valueAfter, Optional.ofNullable(numberBefore),
                Optional.ofNullable(numberAfter), reason, source,
                changedBy == null ? Optional.empty() : Optional.of(changedByName), changedAt);
    }
}
