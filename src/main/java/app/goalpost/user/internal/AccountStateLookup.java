package app.goalpost.user.internal;

import app.goalpost.security.AccountState;
import app.goalpost.security.AgencyRole;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The account's current state for the per-call sign-in check: one primary-key read in the signed-in agency (the
 * tenant filter applies). Inside a caller's transaction it joins it, and Hibernate's session answers repeated
 * checks without another query.
 */
@Component
class AccountStateLookup implements AccountState {

    private final UserAccountRepository users;
    private final TransactionTemplate readOnly;

    AccountStateLookup(UserAccountRepository users, TransactionTemplate transactionTemplate) {
        this.users = users;
        this.readOnly = new TransactionTemplate(transactionTemplate.getTransactionManager());
        this.readOnly.setReadOnly(true);
    }

    @Override
    public Optional<AgencyRole> activeRole(long userId) {
        return readOnly.execute(tx -> users.findById(userId).filter(UserAccount::isActive).map(UserAccount::getRole));
    }
}
