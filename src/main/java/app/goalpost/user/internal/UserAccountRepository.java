package app.goalpost.user.internal;

import app.goalpost.security.AgencyRole;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Email addresses are stored lower-case, so this is a case-insensitive look-up. */
    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    long countByRoleAndActiveTrue(AgencyRole role);

    /** Active users with one of the roles or one of the ids (the people who may see one workspace), by name. */
    @Query("select u from UserAccount u where u.active = true and (u.role in :roles or u.id in :ids)"
            + " order by u.displayName asc, u.id asc")
    List<UserAccount> findActiveWithRoleOrId(Collection<AgencyRole> roles, Collection<Long> ids);
}
