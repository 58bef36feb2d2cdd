package app.goalpost.user;

import app.goalpost.security.AgencyRole;
import app.goalpost.workspace.ClientAccess;
import java.util.List;

/**
 * Published by the user feature when an invited user has created their account, inside the invitation's agency
 * and transaction, after their workspace assignments are made. It lives with its publisher so that features
 * reacting to a new member depend on {@code user}; the workspace feature does not listen (it sits below
 * {@code user}, which calls {@link app.goalpost.workspace.WorkspaceMembershipService#assignJoinedMember} directly).
 */
public record MemberJoined(long userId, AgencyRole role, List<Long> workspaceIds, ClientAccess clientAccess) {
}
