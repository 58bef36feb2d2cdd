package app.goalpost.workspace;

import app.goalpost.security.AgencyRole;
import java.util.List;

/** Published when an invited user has created their account, inside the invitation's agency and transaction. */
public record MemberJoined(long userId, AgencyRole role, List<Long> workspaceIds, ClientAccess clientAccess) {
}
