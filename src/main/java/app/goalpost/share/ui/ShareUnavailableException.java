package app.goalpost.share.ui;

/** An unknown, revoked or expired share link (one exception for all three, answered by {@link ShareUnavailableView}). */
public class ShareUnavailableException extends RuntimeException {

    public ShareUnavailableException() {
        super("share link unavailable", null, false, false);
    }
}
