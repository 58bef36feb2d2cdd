package app.goalpost.share;

/**
 * What a share link opens: the live dashboard, or the client report of the current month (docs/decisions/0020).
 */
public enum ShareKind {
    DASHBOARD(true),
    REPORT(true);

    private final boolean creatable;

    ShareKind(boolean creatable) {
        this.creatable = creatable;
    }

    /** Whether links of this kind may be created now: the shared page can show it. */
    public boolean creatable() {
        return creatable;
    }
}
