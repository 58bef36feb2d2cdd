package app.goalpost.security;

/**
 * A user's role inside their agency. Owners and admins see every workspace and manage users; account
 * managers see the workspaces assigned to them; client users see only their own workspace.
 */
public enum AgencyRole {
    OWNER, ADMIN, MANAGER, CLIENT;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != CLIENT;
    }

    public boolean seesAllWorkspaces() {
        return this == OWNER || this == ADMIN;
    }
}
