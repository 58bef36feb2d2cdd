package app.goalpost.user.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in look-up runs in a read-write transaction: with a read replica (decision 0011) a read-only one goes
 * to the replica, which may not have the account a sign-up created a moment ago.
 */
class AccountUserDetailsServiceTest {

    @Test
    void theSignInLookUpIsNotReadOnlySoItNeverGoesToTheReplica() {
        List<TransactionDefinition> begun = new ArrayList<>();
        AbstractPlatformTransactionManager manager = new AbstractPlatformTransactionManager() {
            @Override
            protected Object doGetTransaction() {
                return new Object();
            }

            @Override
            protected void doBegin(Object transaction, TransactionDefinition definition) {
                begun.add(definition);
            }

            @Override
            protected void doCommit(DefaultTransactionStatus status) {
            }

            @Override
            protected void doRollback(DefaultTransactionStatus status) {
            }
        };
        UserAccountRepository users = mock(UserAccountRepository.class);
        when(users.findByEmail("new@agency.test")).thenReturn(Optional.empty());
        AccountUserDetailsService service = new AccountUserDetailsService(users, new TransactionTemplate(manager));

        assertThatThrownBy(() -> service.loadUserByUsername("New@Agency.test"))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(begun).singleElement().extracting(TransactionDefinition::isReadOnly).isEqualTo(false);
    }
}
