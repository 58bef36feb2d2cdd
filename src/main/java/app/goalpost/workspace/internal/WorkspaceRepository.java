package app.goalpost.workspace.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Every query here is scoped to the current agency by Hibernate's tenant filter. */
public interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

    List<Workspace> findByArchivedFalseOrderByNameAsc();

    List<Workspace> findAllByOrderByArchivedAscNameAsc();

    @Query("select w from Workspace w where w.archived = false and w.id in :ids order by w.name")
    List<Workspace> findActiveByIdIn(Collection<Long> ids);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    boolean existsByNameIgnoreCase(String name);

    long countByArchivedFalse();
}
