package app.goalpost.history.internal;

import app.goalpost.history.RevisionField;
import app.goalpost.history.RevisionSubject;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RevisionRepository extends JpaRepository<RevisionRow, Long> {

    /** Newest first (ids grow with time), bounded: the history tabs page through it with an id to start below. */
    List<RevisionRow> findByWorkspaceIdAndSubjectTypeAndSubjectIdOrderByIdDesc(long workspaceId,
            RevisionSubject subjectType, long subjectId, Limit limit);

    List<RevisionRow> findByWorkspaceIdAndSubjectTypeAndSubjectIdAndIdLessThanOrderByIdDesc(
            long workspaceId, RevisionSubject subjectType, long subjectId, long beforeId, Limit limit);

    /** The target changes of several KPIs of a workspace in one query (the charts' steps). */
    List<RevisionRow> findByWorkspaceIdAndSubjectTypeAndFieldAndSubjectIdInOrderByChangedAtAscIdAsc(long workspaceId,
            RevisionSubject subjectType, RevisionField field, Collection<Long> subjectIds);
}
