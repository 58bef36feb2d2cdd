package app.goalpost.workspace;

/** What a client user may do in their workspace; staff assignments use {@link #MANAGER}. */
public enum ClientAccess {
    /** Reads everything in the workspace. */
    VIEWER,
    /** Also edits goal scenarios in collaborative sessions. */
    CONTRIBUTOR,
    /** An account manager assigned to the workspace. */
    MANAGER
}
