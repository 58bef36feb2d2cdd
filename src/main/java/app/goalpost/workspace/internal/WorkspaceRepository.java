package app.goalpost.workspace.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Pageable;
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

    /**
     * One page of the switcher: the active workspaces the user may open (all of them, or those they are assigned
     * to) whose name matches {@code pattern} (lower case, {@code %...%}, '!' escapes), most recently visited by the user
     * first, then by name. Paged, sorted and filtered in the database; the visit join uses its unique key.
     */
    @Query("""
            select w from Workspace w
            left join WorkspaceVisit v on v.workspaceId = w.id and v.userId = :userId
            where w.archived = false and lower(w.name) like :pattern escape '!'
              and (:all = true or exists (select m.id from WorkspaceMember m
                                          where m.workspaceId = w.id and m.userId = :userId))
            order by case when v.visitedAt is null then 1 else 0 end, v.visitedAt desc, lower(w.name), w.id
            """)
    List<Workspace> switcherPage(long userId, boolean all, String pattern, Pageable page);

    @Query("""
            select count(w) from Workspace w
            where w.archived = false and lower(w.name) like :pattern escape '!'
              and (:all = true or exists (select m.id from WorkspaceMember m
                                          where m.workspaceId = w.id and m.userId = :userId))
            """)
    long switcherCount(long userId, boolean all, String pattern);
}
