package app.goalpost.workspace;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Looks up a user of the signed-in agency for membership checks. Implemented by the user feature, which
 * depends on this package (so the dependency points one way).
 */
public interface MemberDirectory {

    Optional<Member> find(long userId);

    /** Active members who see every workspace (owners, admins) plus the active ones among {@code userIds}, by name. */
    List<Member> activeSeeingAllOr(Collection<Long> userIds);

    /** Every active user of the agency with their language: who a workspace's notifications may reach. */
    java.util.List<WorkspaceAudience.Person> activePeople();

    record Member(long userId, String displayName, String email, app.goalpost.security.AgencyRole role,
            boolean active) {
    }
}
