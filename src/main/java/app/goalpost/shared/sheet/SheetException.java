package app.goalpost.shared.sheet;

/** A file the reader cannot read at all; each feature turns the reason into its own message. */
public class SheetException extends RuntimeException {

    public enum Reason {
        /** Neither .csv/.txt/.tsv nor .xlsx. */
        UNSUPPORTED,
        /** Damaged workbook, unterminated quote, binary data. */
        UNREADABLE
    }

    private final Reason reason;

    public SheetException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
