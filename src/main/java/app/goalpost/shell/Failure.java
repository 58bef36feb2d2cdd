package app.goalpost.shell;

import app.goalpost.security.AccessRevokedException;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.UUID;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What kind of failure reached the UI, read from the whole cause chain (Spring and Vaadin wrap exceptions), and the
 * reference id that the log line and the message share. The error handler and the error page both use it, so a
 * failure gets the same answer whether it happened in a click or while opening a page.
 */
record Failure(Kind kind, String reference, Throwable cause) {

    enum Kind {
        /** The account changed under the session (deactivated, new role): sign out. */
        ACCESS_REVOKED,
        /**
         * The open page's workspace (or a row in it) is no longer visible: unassigned, archived or deleted by
         * someone else. The same exception answers all of these, so the user leaves the page, not the session.
         */
        WORKSPACE_GONE,
        /** The database (or the pool in front of it) cannot be reached: nothing was written, try again. */
        SERVICE_UNAVAILABLE,
        UNEXPECTED
    }

    static Failure of(Throwable throwable) {
        return new Failure(kindOf(throwable), newReference(), throwable);
    }

    /** Short enough to read out on the phone, random enough to find the one log line. */
    private static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    private static Kind kindOf(Throwable throwable) {
        Kind kind = Kind.UNEXPECTED;
        for (Throwable t = throwable; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AccessRevokedException) {
                return Kind.ACCESS_REVOKED;
            }
            if (t instanceof WorkspaceNotFoundException) {
                return Kind.WORKSPACE_GONE;
            }
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof SQLTransientException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
                kind = Kind.SERVICE_UNAVAILABLE;
            }
        }
        return kind;
    }
}
