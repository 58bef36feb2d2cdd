package app.goalpost.user.internal;

import app.goalpost.security.AgencyRole;
import app.goalpost.workspace.MemberDirectory;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Users of the current agency, for workspace membership checks (tenant-filtered like every read). */
@Component
class AccountMemberDirectory implements MemberDirectory {

    private final UserAccountRepository users;

    AccountMemberDirectory(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Member> find(long userId) {
        return users.findById(userId).map(u -> new Member(u.getId(), u.getDisplayName(), u.getEmail(),
                u.getRole(), u.isActive()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Member> activeSeeingAllOr(Collection<Long> userIds) {
        List<AgencyRole> all = Arrays.stream(AgencyRole.values()).filter(AgencyRole::seesAllWorkspaces).toList();
        // an empty IN list is not valid SQL everywhere: -1 matches no user
        List<Long> ids = userIds.isEmpty() ? List.of(-1L) : List.copyOf(userIds);
        return users.findActiveWithRoleOrId(all, ids).stream().map(u -> new Member(u.getId(), u.getDisplayName(),
                u.getEmail(), u.getRole(), u.isActive())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.List<app.goalpost.workspace.WorkspaceAudience.Person> activePeople() {
        return users.findAllByOrderByDisplayNameAsc().stream().filter(UserAccount::isActive)
                .map(u -> new app.goalpost.workspace.WorkspaceAudience.Person(u.getId(), u.getDisplayName(),
                        u.getEmail(), u.getRole(), java.util.Locale.forLanguageTag(u.getLocale())))
                .toList();
    }
}
