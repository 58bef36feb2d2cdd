package app.goalpost.workspace.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkspaceMemberRepository extends JpaRepository<WorkspaceMember, Long> {

    List<WorkspaceMember> findByUserId(long userId);

    List<WorkspaceMember> findByWorkspaceId(long workspaceId);

    Optional<WorkspaceMember> findByWorkspaceIdAndUserId(long workspaceId, long userId);
}
