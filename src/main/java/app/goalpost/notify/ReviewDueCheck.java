package app.goalpost.notify;

import app.goalpost.notify.internal.ReviewDueMark;
import app.goalpost.notify.internal.ReviewDueMarkRepository;
import app.goalpost.review.ReviewDue;
import app.goalpost.review.ReviewService;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceAudience;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily check "a review became due": for every active workspace of every agency (each in its own tenant scope,
 * {@link TenantContext#runAsTenant}), a scheduled review date that has come (due today or overdue) notifies the
 * workspace's audience once. Once per workspace and date: the {@code notify_review_due} row is inserted with the
 * notifications, and its unique key refuses a second run or node; ShedLock keeps the job to one node at a time.
 * A trigger-made "due now" is not repeated here: the trigger notified when it was raised.
 */
@Component
public class ReviewDueCheck {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewDueCheck.class);

    private final WorkspaceAudience audiences;
    private final ReviewService reviews;
    private final ReviewDueMarkRepository marks;
    private final Notifier notifier;
    private final Clock clock;
    private final TransactionTemplate tx;

    ReviewDueCheck(WorkspaceAudience audiences, ReviewService reviews, ReviewDueMarkRepository marks, Notifier notifier,
            Clock clock, PlatformTransactionManager transactions) {
        this.audiences = audiences;
        this.reviews = reviews;
        this.marks = marks;
        this.notifier = notifier;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(cron = "${goalpost.notify.review-check-cron:0 30 5 * * *}")
    @SchedulerLock(name = "notify-review-due", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void scheduledRun() {
        int n = checkAll();
        if (n > 0) {
            LOG.info("Review due: notified {} workspace(s)", n);
        }
    }

    /** Checks every workspace now; returns how many became due and were notified in this run. */
    public int checkAll() {
        if (SecurityContextHolder.getContext().getAuthentication() != null) {
            return 0; // a job, never a user's request
        }
        Map<Long, List<WorkspaceId>> byAgency = TenantContext.runAsSystem(audiences::activeWorkspacesByAgency);
        int notified = 0;
        for (Map.Entry<Long, List<WorkspaceId>> agency : byAgency.entrySet()) {
            notified += TenantContext.runAsTenant(agency.getKey(), () -> {
                int n = 0;
                for (WorkspaceId workspace : agency.getValue()) {
                    if (check(workspace)) {
                        n++;
                    }
                }
                return n;
            });
        }
        return notified;
    }

    private boolean check(WorkspaceId workspaceId) {
        try {
            List<Notifier.Mail> mails = tx.execute(s -> {
                ReviewDue due = reviews.dueInJob(workspaceId);
                if (due.scheduled().isAfter(due.today()) || marks.existsByWorkspaceIdAndDueDate(workspaceId.value(),
                        due.scheduled())) {
                    return null;
                }
                marks.saveAndFlush(new ReviewDueMark(workspaceId.value(), due.scheduled(), clock.instant()));
                WorkspaceAudience.Audience audience = audiences.of(workspaceId).orElseThrow(
                        WorkspaceNotFoundException::new);
                String key = due.overdue() ? "notify.title.REVIEW_OVERDUE" : "notify.title.REVIEW_DUE";
                return notifier.create(workspaceId.value(), audience.people(), NotificationKind.REVIEW_DUE,
                        locale -> Notifier.t(key, locale, audience.workspaceName(),
                                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(due.scheduled())),
                        NotificationListeners.link(workspaceId, DiscussionSubject.REVIEW, 0));
            });
            if (mails == null) {
                return false;
            }
            notifier.send(mails);
            return true;
        } catch (DataAccessException | TransactionException e) {
            LOG.debug("Review due of workspace {} was notified by another run", workspaceId.value());
            return false;
        } catch (WorkspaceNotFoundException e) {
            return false;
        }
    }
}
