package app.goalpost.user.internal;

import app.goalpost.workspace.MemberDirectory;
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
    public java.util.List<app.goalpost.workspace.WorkspaceAudience.Person> activePeople() {
        return users.findAllByOrderByDisplayNameAsc().stream().filter(UserAccount::isActive)
                .map(u -> new app.goalpost.workspace.WorkspaceAudience.Person(u.getId(), u.getDisplayName(),
                        u.getEmail(), u.getRole(), java.util.Locale.forLanguageTag(u.getLocale())))
                .toList();
    }
}
