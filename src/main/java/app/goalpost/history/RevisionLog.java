package app.goalpost.history;

import app.goalpost.history.internal.RevisionRepository;
import app.goalpost.history.internal.RevisionRow;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads revisions for the features that own the changed rows. Writing joins the caller's transaction
 * and refuses to run without one ({@link Propagation#MANDATORY}), so a change and its revision commit or roll back
 * together: the caller has checked who may change the row. Reading checks that the reader may see the workspace;
 * the caller has already looked the subject up within it, so a guessed id of another workspace never gets here.
 */
@Component
public class RevisionLog {

    /** What the reason field takes: the length of a sentence or two. */
    public static final int MAX_REASON = 500;
    /** Most rows one page of a history tab shows; older ones come with "Show older". */
    public static final int PAGE = 25;
    private static final int MAX_VALUE = 300;

    private final RevisionRepository revisions;
    private final WorkspaceAccess access;
    private final Clock clock;

    RevisionLog(RevisionRepository revisions, WorkspaceAccess access, Clock clock) {
        this.revisions = revisions;
        this.access = access;
        this.clock = clock;
    }

    /** A change as the caller saw it; {@code before} and {@code after} are the stored text forms. */
    public record Change(RevisionSubject subject, long subjectId, RevisionField field, String before, String after,
            @Nullable BigDecimal numberBefore, @Nullable BigDecimal numberAfter) {

        public static Change target(long kpiId, BigDecimal before, BigDecimal after) {
            return new Change(RevisionSubject.KPI, kpiId, RevisionField.TARGET,
                    before.stripTrailingZeros().toPlainString(), after.stripTrailingZeros().toPlainString(), before,
                    after);
        }

        public static Change text(RevisionSubject subject, long subjectId, RevisionField field, String before,
                String after) {
            return new Change(subject, subjectId, field, before, after, null, null);
        }
    }

    /**
     * Refuses a reason a person must give but left empty or made too long, at the form's {@code reason} field;
     * call it before changing anything.
     */
    public static String requireReason(@Nullable String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "history.error.reasonRequired");
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "history.error.reasonTooLong", MAX_REASON, text.length());
        }
        return text;
    }

    /** Stores the changes in the caller's transaction, with the signed-in person (if any) and now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(WorkspaceId workspaceId, List<Change> changes, String reason, RevisionSource source) {
        Optional<GoalpostPrincipal> user = CurrentUser.get();
        String why = clip(reason.strip(), MAX_REASON);
        for (Change c : changes) {
            revisions.save(new RevisionRow(workspaceId.value(), c.subject(), c.subjectId(), c.field(),
                    clip(c.before(), MAX_VALUE), clip(c.after(), MAX_VALUE), c.numberBefore(), c.numberAfter(), why,
                    source, user.map(GoalpostPrincipal::userId).orElse(null),
                    user.map(GoalpostPrincipal::displayName).orElse(source.name()), clock.instant()));
        }
    }

    /** One page of a subject's history, newest first; {@code belowId} continues after the last row shown. */
    @Transactional(readOnly = true)
    public List<Revision> history(WorkspaceId workspaceId, RevisionSubject subject, long subjectId,
            Optional<Long> belowId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        List<RevisionRow> rows = belowId.isPresent()
                ? revisions.findByWorkspaceIdAndSubjectTypeAndSubjectIdAndIdLessThanOrderByIdDesc(
                        workspaceId.value(), subject, subjectId, belowId.get(), Limit.of(PAGE))
                : revisions.findByWorkspaceIdAndSubjectTypeAndSubjectIdOrderByIdDesc(workspaceId.value(),
                        subject, subjectId, Limit.of(PAGE));
        return rows.stream().map(RevisionRow::toRevision).toList();
    }

    /** The target changes of the given KPIs of a workspace, oldest first, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, List<Revision>> targetChanges(WorkspaceId workspaceId, Collection<Long> kpiIds) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        Map<Long, List<Revision>> out = new HashMap<>();
        if (kpiIds.isEmpty()) {
            return out;
        }
        for (RevisionRow row : revisions.findByWorkspaceIdAndSubjectTypeAndFieldAndSubjectIdInOrderByChangedAtAscIdAsc(
                workspaceId.value(), RevisionSubject.KPI, RevisionField.TARGET, kpiIds)) {
            Revision r = row.toRevision();
            out.computeIfAbsent(r.subjectId(), id -> new java.util.ArrayList<>()).add(r);
        }
        return out;
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
