package app.goalpost.portfolio.internal;

import app.goalpost.portfolio.AccountManager;
import app.goalpost.portfolio.PortfolioFilter;
import app.goalpost.portfolio.PortfolioSort;
import app.goalpost.portfolio.PortfolioStatus;
import app.goalpost.security.AgencyRole;
import app.goalpost.workspace.CompanyStage;
import app.goalpost.workspace.Industry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The portfolio's reads, in JPQL over the workspace, its stored status, its members and the agency's users. Every
 * entity here is tenant-scoped, so Hibernate adds the agency to each of them (the workspaces, the joined statuses
 * and the member and user look-ups): the portfolio never reads another agency's rows. Filters and the order are
 * chosen from closed sets (the filter record, {@link PortfolioSort}); nothing the user types is written into the
 * query text (the search is a bound LIKE pattern).
 */
@Component
public class PortfolioQueries {

    @PersistenceContext
    private EntityManager em;

    /** A workspace of the page with its stored status (null when none was computed yet). */
    public record Found(long id, String name, Industry industry, CompanyStage stage, boolean archived,
            Instant createdAt, @Nullable WorkspaceStatus status) {
    }

    /**
     * @param userId  the signed-in user
     * @param all     whether the user sees every workspace of the agency (owner, admin), else assigned ones only
     * @param archive whether archived workspaces are included (the caller allows it to owners and admins)
     */
    public List<Found> page(long userId, boolean all, boolean archive, PortfolioFilter filter, PortfolioSort sort,
            int offset, int limit) {
        StringBuilder jpql = new StringBuilder("select w.id, w.name, w.industry, w.companyStage, w.archived,"
                + " w.createdAt, s from Workspace w left join WorkspaceStatus s on s.workspaceId = w.id");
        Map<String, Object> params = where(jpql, userId, all, archive, filter);
        jpql.append(" order by ").append(order(sort));
        TypedQuery<Object[]> query = em.createQuery(jpql.toString(), Object[].class);
        params.forEach(query::setParameter);
        query.setFirstResult(offset);
        query.setMaxResults(limit);
        List<Found> out = new ArrayList<>();
        for (Object[] r : query.getResultList()) {
            out.add(new Found((Long) r[0], (String) r[1], (Industry) r[2], (CompanyStage) r[3], (Boolean) r[4],
                    (Instant) r[5], (WorkspaceStatus) r[6]));
        }
        return out;
    }

    public long count(long userId, boolean all, boolean archive, PortfolioFilter filter) {
        StringBuilder jpql = new StringBuilder(
                "select count(w) from Workspace w left join WorkspaceStatus s on s.workspaceId = w.id");
        Map<String, Object> params = where(jpql, userId, all, archive, filter);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static Map<String, Object> where(StringBuilder jpql, long userId, boolean all, boolean archive,
            PortfolioFilter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        jpql.append(" where lower(w.name) like :pattern escape '!'");
        params.put("pattern", likePattern(filter.search()));
        if (!archive) {
            jpql.append(" and w.archived = false");
        }
        if (!all) {
            jpql.append(" and exists (select m.id from WorkspaceMember m where m.workspaceId = w.id"
                    + " and m.userId = :userId)");
            params.put("userId", userId);
        }
        filter.managerUserId().ifPresent(manager -> {
            jpql.append(" and exists (select am.id from WorkspaceMember am where am.workspaceId = w.id"
                    + " and am.userId = :manager)");
            params.put("manager", manager);
        });
        filter.stage().ifPresent(stage -> {
            jpql.append(" and w.companyStage = :stage");
            params.put("stage", stage);
        });
        filter.industry().ifPresent(industry -> {
            jpql.append(" and w.industry = :industry");
            params.put("industry", industry);
        });
        filter.status().ifPresent(status -> {
            // a workspace whose status was never computed has no data yet
            jpql.append(status == PortfolioStatus.NO_DATA ? " and (s.id is null or s.overall = :status)"
                    : " and s.overall = :status");
            params.put("status", status);
        });
        return params;
    }

    private static String order(PortfolioSort sort) {
        return switch (sort) {
            case RISK -> "coalesce(s.riskRank, 4), coalesce(s.behindCount, 0) desc,"
                    + " coalesce(s.worstShortfall, -1000000) desc, lower(w.name), w.id";
            case NAME -> "w.archived, lower(w.name), w.id";
            case NAME_DESCENDING -> "w.archived, lower(w.name) desc, w.id desc";
            case LAST_ACTIVITY -> "coalesce(s.lastActivity, w.createdAt) desc, lower(w.name), w.id";
            case REVIEW_DUE -> "case when s.reviewDue is null then 1 else 0 end, s.reviewDue, lower(w.name), w.id";
        };
    }

    private static String likePattern(String search) {
        String needle = search.strip().toLowerCase(Locale.ROOT);
        return "%" + needle.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    /** Display names of the active account managers assigned to each workspace, by name: one query per page. */
    public Map<Long, List<String>> managersOf(Collection<Long> workspaceIds) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        if (workspaceIds.isEmpty()) {
            return out;
        }
        List<Object[]> rows = em.createQuery("select m.workspaceId, u.displayName from WorkspaceMember m,"
                        + " UserAccount u where u.id = m.userId and m.workspaceId in :ids and u.role = :role"
                        + " and u.active = true order by lower(u.displayName), u.id", Object[].class)
                .setParameter("ids", workspaceIds).setParameter("role", AgencyRole.MANAGER).getResultList();
        for (Object[] r : rows) {
            out.computeIfAbsent((Long) r[0], id -> new ArrayList<>()).add((String) r[1]);
        }
        return out;
    }

    /** The agency's active account managers, by name (the filter's choices for owners and admins). */
    public List<AccountManager> managers() {
        return em.createQuery("select u.id, u.displayName from UserAccount u where u.role = :role"
                        + " and u.active = true order by lower(u.displayName), u.id", Object[].class)
                .setParameter("role", AgencyRole.MANAGER).getResultList().stream()
                .map(r -> new AccountManager((Long) r[0], (String) r[1])).toList();
    }

    /** Per week since {@code from}: how many visible active workspaces had each overall status. */
    public Map<LocalDate, Map<PortfolioStatus, Long>> weeks(long userId, boolean all, LocalDate from) {
        String jpql = "select k.weekStart, k.overall, count(k) from WorkspaceStatusWeek k, Workspace w"
                + " where w.id = k.workspaceId and w.archived = false and k.weekStart >= :from"
                + (all ? "" : " and exists (select m.id from WorkspaceMember m where m.workspaceId = w.id"
                        + " and m.userId = :userId)")
                + " group by k.weekStart, k.overall order by k.weekStart";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("from", from);
        if (!all) {
            query.setParameter("userId", userId);
        }
        Map<LocalDate, Map<PortfolioStatus, Long>> out = new LinkedHashMap<>();
        for (Object[] r : query.getResultList()) {
            out.computeIfAbsent((LocalDate) r[0], d -> new java.util.EnumMap<>(PortfolioStatus.class))
                    .put((PortfolioStatus) r[1], (Long) r[2]);
        }
        return out;
    }
}
