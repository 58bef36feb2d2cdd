package app.goalpost.share;

/**
 * What a share link opens. {@link #REPORT} is modelled (column, enum) for the client report; it becomes creatable
 * when the report page is wired to the shared page ({@link #creatable()}), see docs/decisions/0020.
 */
public enum ShareKind {
    DASHBOARD(true),
    REPORT(false);

    private final boolean creatable;

    ShareKind(boolean creatable) {
        this.creatable = creatable;
    }

    /** Whether links of this kind may be created now: the shared page can show it. */
    public boolean creatable() {
        return creatable;
    }
}
