package app.goalpost.review.comment;

import app.goalpost.review.comment.internal.Comment;
import app.goalpost.review.comment.internal.CommentMention;
import app.goalpost.review.comment.internal.CommentMentionRepository;
import app.goalpost.review.comment.internal.CommentRepository;
import app.goalpost.review.internal.Review;
import app.goalpost.review.internal.ReviewRepository;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.ChangeSubjectNames;
import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceAudience;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspacePermission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads of a workspace. Everyone who may see the workspace reads and writes; only staff read or write
 * internal comments: the repository leaves them out for a client in the query itself, lists and counts alike, so
 * a client does not learn they exist. The subject is looked up in the workspace first (a KPI or scenario through
 * its feature's guarded service, a review here), so a foreign or made-up id is "not found". Mentions must name
 * people of the workspace's audience, staff only in an internal comment.
 */
@Service
public class CommentService {

    public static final int MAX_LENGTH = 4000;
    public static final int MAX_MENTIONS = 20;
    /** The newest comments a thread shows; the total says how many there are. */
    public static final int MAX_SHOWN = 200;

    private final CommentRepository comments;
    private final CommentMentionRepository mentions;
    private final ReviewRepository reviews;
    private final WorkspaceAccess access;
    private final WorkspaceAudience audiences;
    private final List<ChangeSubjectNames> names;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CommentService(CommentRepository comments, CommentMentionRepository mentions, ReviewRepository reviews,
            WorkspaceAccess access, WorkspaceAudience audiences, List<ChangeSubjectNames> names,
            ApplicationEventPublisher events, Clock clock) {
        this.comments = comments;
        this.mentions = mentions;
        this.reviews = reviews;
        this.access = access;
        this.audiences = audiences;
        this.names = names;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public CommentThread thread(WorkspaceId workspaceId, DiscussionSubject subject, long subjectId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        subjectName(workspaceId, subject, subjectId);
        GoalpostPrincipal me = CurrentUser.require();
        boolean staff = me.role().isStaff();
        List<Comment> newest = comments.thread(workspaceId.value(), subject, subjectId, staff,
                PageRequest.of(0, MAX_SHOWN));
        long total = newest.size() < MAX_SHOWN ? newest.size()
                : comments.countThread(workspaceId.value(), subject, subjectId, staff);
        Map<Long, List<Long>> mentioned = new HashMap<>();
        if (!newest.isEmpty()) {
            mentions.findByCommentIdIn(newest.stream().map(Comment::getId).toList())
                    .forEach(m -> mentioned.computeIfAbsent(m.getCommentId(), k -> new ArrayList<>()).add(m.getUserId()));
        }
        Map<Long, String> people = new HashMap<>();
        audiences.of(workspaceId).ifPresent(a -> a.people().forEach(p -> people.put(p.userId(), p.displayName())));
        List<CommentEntry> entries = new ArrayList<>();
        for (Comment c : newest.reversed()) {
            entries.add(new CommentEntry(c.getId(), c.getAuthorName(), c.getBody(), c.isInternal(), c.getCreatedAt(),
                    Optional.ofNullable(c.getEditedAt()), c.getAuthorId() == me.userId(),
                    mentioned.getOrDefault(c.getId(), List.of()).stream().map(people::get)
                            .filter(java.util.Objects::nonNull).sorted().toList()));
        }
        return new CommentThread(entries, total, true, staff);
    }

    /** How many comments of the thread the user may read (internal ones are not counted for a client). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long count(WorkspaceId workspaceId, DiscussionSubject subject, long subjectId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        subjectName(workspaceId, subject, subjectId);
        return comments.countThread(workspaceId.value(), subject, subjectId, CurrentUser.require().role().isStaff());
    }

    /**
     * The suggestion list of the mention field: who may see the workspace, staff only for an internal comment,
     * without the writer.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Mentionable> mentionable(WorkspaceId workspaceId, boolean internal) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        long me = CurrentUser.require().userId();
        return audiences.of(workspaceId).map(a -> a.people().stream()
                .filter(p -> p.userId() != me && (!internal || p.staff()))
                .map(p -> new Mentionable(p.userId(), p.displayName(), p.staff())).toList()).orElse(List.of());
    }

    /** Writes a comment; returns its id. Internal only for staff; mentions only of the audience (see class). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public long post(WorkspaceId workspaceId, DiscussionSubject subject, long subjectId, String body,
            boolean internal, Collection<Long> mentionUserIds) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        String name = subjectName(workspaceId, subject, subjectId);
        GoalpostPrincipal me = CurrentUser.require();
        if (internal && !me.role().isStaff()) {
            // a client cannot write what they could not read
            throw new InvalidInputException("internal", "comment.error.internalStaffOnly");
        }
        String text = clean(body);
        Set<Long> mentioned = new LinkedHashSet<>(mentionUserIds);
        mentioned.remove(me.userId());
        if (mentioned.size() > MAX_MENTIONS) {
            throw new InvalidInputException("mentions", "comment.error.tooManyMentions", MAX_MENTIONS);
        }
        WorkspaceAudience.Audience audience = audiences.of(workspaceId).orElseThrow(WorkspaceNotFoundException::new);
        for (long userId : mentioned) {
            Optional<WorkspaceAudience.Person> person = audience.person(userId);
            if (person.isEmpty()) {
                throw new InvalidInputException("mentions", "comment.error.mentionNotInWorkspace");
            }
            if (internal && !person.get().staff()) {
                throw new InvalidInputException("mentions", "comment.error.mentionInternal", person.get().displayName());
            }
        }
        Comment saved = comments.save(new Comment(workspaceId.value(), subject, subjectId, me.userId(),
                me.displayName(), text, internal, clock.instant()));
        for (long userId : mentioned) {
            mentions.save(new CommentMention(saved.getId(), userId));
        }
        events.publishEvent(new CommentPosted(workspaceId, saved.getId(), subject, subjectId, name, internal,
                mentioned, me.userId(), me.displayName()));
        return saved.getId();
    }

    /** Changes the text of one's own comment (its mentions and internal mark stay). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void edit(WorkspaceId workspaceId, long commentId, String body) {
        Comment comment = own(workspaceId, commentId);
        comment.edit(clean(body), clock.instant());
    }

    /** Deletes one's own comment and its mentions. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void delete(WorkspaceId workspaceId, long commentId) {
        Comment comment = own(workspaceId, commentId);
        mentions.deleteAll(mentions.findByCommentId(comment.getId()));
        comments.delete(comment);
    }

    private Comment own(WorkspaceId workspaceId, long commentId) {
        access.require(workspaceId.value(), WorkspacePermission.VIEW);
        GoalpostPrincipal me = CurrentUser.require();
        // someone else's comment, or an internal one for a client, is simply not found
        return comments.findById(commentId)
                .filter(c -> c.getWorkspaceId() == workspaceId.value() && c.getAuthorId() == me.userId())
                .filter(c -> me.role().isStaff() || !c.isInternal())
                .orElseThrow(() -> new InvalidInputException("body", "comment.error.notFound"));
    }

    /** The subject's name, checked to be in the workspace and visible to the user; otherwise not found. */
    private String subjectName(WorkspaceId workspaceId, DiscussionSubject subject, long subjectId) {
        Optional<String> name = switch (subject) {
            case KPI -> named(workspaceId, ChangeKind.KPI, subjectId);
            case SCENARIO -> named(workspaceId, ChangeKind.SCENARIO, subjectId);
            case REVIEW -> reviews.findById(subjectId).filter(r -> r.getWorkspaceId() == workspaceId.value())
                    .map(Review::getReviewDate).map(Object::toString);
        };
        return name.orElseThrow(WorkspaceNotFoundException::new);
    }

    private Optional<String> named(WorkspaceId workspaceId, ChangeKind kind, long subjectId) {
        return names.stream().map(n -> n.name(workspaceId, kind, subjectId)).flatMap(Optional::stream).findFirst();
    }

    /**
     * The text as stored: line breaks made {@code \n}, control characters other than line breaks and tabs removed
     * (pasted text carries them), outer blanks stripped. Shown as text, never as HTML, so markup stays literal.
     */
    static String clean(String body) {
        String text = (body == null ? "" : body).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))
                .forEach(kept::appendCodePoint);
        String stripped = kept.toString().strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("body", "comment.error.empty");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidInputException("body", "comment.error.tooLong", MAX_LENGTH, stripped.length());
        }
        return stripped;
    }
}
