package app.goalpost.notify.internal;

import app.goalpost.notify.MailDelivery;
import app.goalpost.notify.NotificationKind;
import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A user's e-mail choice for one kind; no row means the kind's default. */
@Entity
@Table(name = "notify_preference")
public class NotifyPreference extends AgencyOwnedEntity {

    private long userId;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    @Enumerated(EnumType.STRING)
    private MailDelivery delivery;

    protected NotifyPreference() {
    }

    public NotifyPreference(long userId, NotificationKind kind, MailDelivery delivery) {
        this.userId = userId;
        this.kind = kind;
        this.delivery = delivery;
    }

    public long getUserId() {
        return userId;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public MailDelivery getDelivery() {
        return delivery;
    }

    public void setDelivery(MailDelivery delivery) {
        this.delivery = delivery;
    }
}
