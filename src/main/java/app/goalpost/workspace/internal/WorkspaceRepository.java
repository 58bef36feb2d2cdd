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

    /** The given workspaces of the agency (archived ones too), by name: what a page names, never the whole agency. */
    @Query("select w from Workspace w where w.id in :ids order by lower(w.name), w.id")
    List<Workspace> findByIdInOrderByName(Collection<Long> ids);

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

    /**
     * One page of the agency home: the workspaces the user may open (all of them, or those they are assigned to),
     * archived ones too when {@code archived} is true (the service allows it to owners and admins only), whose name
     * matches {@code pattern} (as in {@link #switcherPage}), active first, then by name in the given direction.
     * Two queries rather than a sort parameter: JPQL cannot take the direction as a parameter, and a sort on
     * {@code lower(name)} through {@code Pageable} would need an unchecked {@code JpaSort.unsafe}.
     */
    @Query("""
            select w from Workspace w
            where (:archived = true or w.archived = false) and lower(w.name) like :pattern escape '!'
              and (:all = true or exists (select m.id from WorkspaceMember m
                                          where m.workspaceId = w.id and m.userId = :userId))
            order by w.archived, lower(w.name), w.id
            """)
    List<Workspace> homePageByNameAsc(long userId, boolean all, boolean archived, String pattern, Pageable page);

    @Query("""
            select w from Workspace w
            where (:archived = true or w.archived = false) and lower(w.name) like :pattern escape '!'
              and (:all = true or exists (select m.id from WorkspaceMember m
                                          where m.workspaceId = w.id and m.userId = :userId))
            order by w.archived, lower(w.name) desc, w.id desc
            """)
    List<Workspace> homePageByNameDesc(long userId, boolean all, boolean archived, String pattern, Pageable page);

    @Query("""
            select count(w) from Workspace w
            where (:archived = true or w.archived = false) and lower(w.name) like :pattern escape '!'
              and (:all = true or exists (select m.id from WorkspaceMember m
                                          where m.workspaceId = w.id and m.userId = :userId))
            """)
    long homeCount(long userId, boolean all, boolean archived, String pattern);
}
