package app.goalpost.share;

/** Where a link stands, for the management list. */
public enum ShareLinkStatus {
    ACTIVE, EXPIRED, REVOKED
}
