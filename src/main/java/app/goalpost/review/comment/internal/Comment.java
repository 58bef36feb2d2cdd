package app.goalpost.review.comment.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import app.goalpost.workspace.DiscussionSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One comment of a thread; only its author edits or deletes it. */
@Entity
@Table(name = "comment")
public class Comment extends AgencyOwnedEntity {

    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private DiscussionSubject subjectKind;
    private long subjectId;
    private long authorId;
    private String authorName;
    private String body;
    private boolean internal;
    private Instant createdAt;
    private @Nullable Instant editedAt;

    protected Comment() {
    }

    public Comment(long workspaceId, DiscussionSubject subjectKind, long subjectId, long authorId, String authorName,
            String body, boolean internal, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.internal = internal;
        this.createdAt = createdAt;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public DiscussionSubject getSubjectKind() {
        return subjectKind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public boolean isInternal() {
        return internal;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getEditedAt() {
        return editedAt;
    }

    public void edit(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }
}
