package app.goalpost.user.internal;

import app.goalpost.security.AgencyRole;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Email addresses are stored lower-case, so this is a case-insensitive look-up. */
    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    long countByRoleAndActiveTrue(AgencyRole role);
}
