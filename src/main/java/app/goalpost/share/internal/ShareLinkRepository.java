package app.goalpost.share.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShareLinkRepository extends JpaRepository<ShareLink, Long> {

    /** The look-up of an opened link: in the system scope (the token is all there is), by its hash only. */
    Optional<ShareLink> findByTokenHash(String tokenHash);

    Optional<ShareLink> findByIdAndWorkspaceId(long id, long workspaceId);

    List<ShareLink> findTop200ByWorkspaceIdOrderByCreatedAtDescIdDesc(long workspaceId);
}
