package app.goalpost.share.ui;

/** Too many attempts from this address or on this link (answered by {@link ShareThrottledView}). */
public class ShareThrottledException extends RuntimeException {

    public ShareThrottledException() {
        super("share link throttled", null, false, false);
    }
}
