package app.goalpost.security;

/** Role names and guard expressions, shared by views ({@code @RolesAllowed}) and services ({@code @PreAuthorize}). */
public final class Roles {

    public static final String OWNER = "OWNER";
    public static final String ADMIN = "ADMIN";
    public static final String MANAGER = "MANAGER";
    public static final String CLIENT = "CLIENT";

    /** Manage users and workspaces of the agency. */
    public static final String CAN_ADMINISTER = "hasAnyRole('OWNER','ADMIN')";
    /** Any agency staff member (not a client user). */
    public static final String IS_STAFF = "hasAnyRole('OWNER','ADMIN','MANAGER')";
    public static final String SIGNED_IN = "isAuthenticated()";

    private Roles() {
    }
}
