package app.goalpost.user;

import app.goalpost.security.AgencyRole;
import app.goalpost.workspace.ClientAccess;
import java.util.Map;

/** A user row of the Users page, with their workspace assignments (workspace id → access level). */
public record UserSummary(long id, String displayName, String email, AgencyRole role, boolean active,
        Map<Long, ClientAccess> assignments) {
}
