package app.goalpost.user;

import app.goalpost.security.AgencyRole;
import app.goalpost.workspace.ClientAccess;
import java.util.List;

/**
 * Who to invite: managers get a list of workspaces (may be empty), a client user exactly one workspace and a
 * viewer/contributor access level; owners and admins see every workspace.
 */
public record InvitationRequest(String email, AgencyRole role, List<Long> workspaceIds, ClientAccess clientAccess) {
}
