package app.goalpost.shared.sheet;

/**
 * How a long read or import reports how far it got (0..1) and learns that the user cancelled. Implementations are
 * called from the worker thread, so they must be thread-safe (the import dialog hands the value to the UI
 * through {@code UI.access}).
 */
public interface SheetProgress {

    SheetProgress NONE = new SheetProgress() {
        @Override
        public void report(double fraction) {
            // nobody is watching
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void report(double fraction);

    boolean cancelled();

    /** Throws {@link java.util.concurrent.CancellationException} once the user cancelled: callers roll back. */
    default void checkCancelled() {
        if (cancelled()) {
            throw new java.util.concurrent.CancellationException("import cancelled");
        }
    }
}
