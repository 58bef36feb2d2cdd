package app.goalpost.notify.internal;

import app.goalpost.notify.NotificationKind;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notification of one user; its title was written in their language when it was created. */
@Entity
@Table(name = "notification")
public class Notification extends AgencyOwnedEntity {

    /** Whether and how the notification goes out by e-mail. */
    public enum MailState {
        NONE, SENT, PENDING, DIGESTED
    }

    private long userId;
    private long workspaceId;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String title;
    private String link;
    private Instant createdAt;
    private @Nullable Instant readAt;
    @Enumerated(EnumType.STRING)
    private MailState mailState;

    protected Notification() {
    }

    public Notification(long userId, long workspaceId, NotificationKind kind, String title, String link,
            Instant createdAt, MailState mailState) {
        this.userId = userId;
        this.workspaceId = workspaceId;
        this.kind = kind;
        this.title = title;
        this.link = link;
        this.createdAt = createdAt;
        this.mailState = mailState;
    }

    public long getUserId() {
        return userId;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public MailState getMailState() {
        return mailState;
    }

    public void mailState(MailState state) {
        this.mailState = state;
    }
}
