package app.goalpost.workspace;

/**
 * A workspace (or something inside it) that does not exist or that the user may not see. Both cases throw
 * this same exception so the answer never reveals whether another agency's or client's data exists.
 */
public class WorkspaceNotFoundException extends RuntimeException {

    public WorkspaceNotFoundException() {
        super("Not found");
    }
}
