package app.goalpost.notify;

/** What a notification is about; each has its own e-mail preference and unsubscribe link. */
public enum NotificationKind {
    /** Someone mentioned the user in a comment. */
    MENTIONED(MailDelivery.IMMEDIATE),
    /** A workspace's scheduled review became due or overdue. */
    REVIEW_DUE(MailDelivery.DIGEST),
    /** A reason to review was recorded or detected. */
    TRIGGER_RAISED(MailDelivery.IMMEDIATE),
    /** A KPI's pacing turned behind. */
    KPI_BEHIND(MailDelivery.DIGEST);

    private final MailDelivery byDefault;

    NotificationKind(MailDelivery byDefault) {
        this.byDefault = byDefault;
    }

    /** The e-mail a user gets until they choose: a mention at once, the calmer kinds in the digest. */
    public MailDelivery byDefault() {
        return byDefault;
    }
}
