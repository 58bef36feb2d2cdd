package app.goalpost.share.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ShareViewRepository extends JpaRepository<ShareView, Long> {

    /** Views per link, with the last one, for the management list: one query for the whole list. */
    @Query("select new app.goalpost.share.internal.ShareUsage(v.linkId, count(v), max(v.viewedAt))"
            + " from ShareView v where v.linkId in :linkIds group by v.linkId")
    List<ShareUsage> usage(Collection<Long> linkIds);

    List<ShareView> findByLinkIdOrderByViewedAtDesc(long linkId);
}
