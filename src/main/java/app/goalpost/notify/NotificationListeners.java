package app.goalpost.notify;

import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.review.ReviewTriggerRaised;
import app.goalpost.review.comment.CommentPosted;
import app.goalpost.webhook.KpiStatusChanged;
import app.goalpost.workspace.DiscussionSubject;
import app.goalpost.workspace.WorkspaceAudience;
import app.goalpost.workspace.WorkspaceId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns what happened into notifications, after the causing transaction committed (a rolled-back save notifies
 * nobody) and in a transaction of its own (a failure here never undoes the save). Recipients come from the
 * workspace's audience only: a mention reaches the mentioned people who may see the workspace (staff only for an
 * internal comment), a trigger and a KPI turned behind reach everyone who may see it, the author or recorder aside.
 */
@Component
class NotificationListeners {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationListeners.class);

    private final WorkspaceAudience audiences;
    private final Notifier notifier;
    private final TransactionTemplate newTx;

    NotificationListeners(WorkspaceAudience audiences, Notifier notifier, PlatformTransactionManager transactions) {
        this.audiences = audiences;
        this.notifier = notifier;
        this.newTx = new TransactionTemplate(transactions);
        this.newTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onComment(CommentPosted posted) {
        if (posted.mentionedUserIds().isEmpty()) {
            return;
        }
        notify("mention", posted.workspaceId(), audience -> audience.people().stream()
                .filter(p -> posted.mentionedUserIds().contains(p.userId()) && p.userId() != posted.authorUserId())
                .filter(p -> !posted.internal() || p.staff()).toList(), NotificationKind.MENTIONED,
                audience -> locale -> Notifier.t("notify.title.MENTIONED", locale, posted.authorName(),
                        subject(posted, locale), audience.workspaceName()),
                link(posted.workspaceId(), posted.subject(), posted.subjectId()));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onTrigger(ReviewTriggerRaised raised) {
        notify("trigger", raised.workspaceId(), audience -> audience.people().stream()
                .filter(p -> p.userId() != raised.actorUserId()).toList(), NotificationKind.TRIGGER_RAISED,
                audience -> locale -> Notifier.t("notify.title.TRIGGER_RAISED", locale, audience.workspaceName(),
                        Notifier.t("review.trigger." + raised.kind().name(), locale)),
                link(raised.workspaceId(), DiscussionSubject.REVIEW, 0));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onKpiStatus(KpiStatusChanged changed) {
        if (changed.to() != PacingStatus.BEHIND || changed.from() == PacingStatus.BEHIND) {
            return;
        }
        notify("kpi behind", changed.workspaceId(), WorkspaceAudience.Audience::people, NotificationKind.KPI_BEHIND,
                audience -> locale -> Notifier.t("notify.title.KPI_BEHIND", locale, changed.kpiName(),
                        audience.workspaceName()),
                link(changed.workspaceId(), DiscussionSubject.KPI, changed.kpiId()));
    }

    private void notify(String what, WorkspaceId workspaceId,
            Function<WorkspaceAudience.Audience, List<WorkspaceAudience.Person>> recipients, NotificationKind kind,
            Function<WorkspaceAudience.Audience, Function<Locale, String>> title, String link) {
        try {
            List<Notifier.Mail> mails = newTx.execute(s -> {
                Optional<WorkspaceAudience.Audience> audience = audiences.of(workspaceId);
                return audience.map(a -> notifier.create(workspaceId.value(), recipients.apply(a), kind,
                        title.apply(a), link)).orElse(List.of());
            });
            notifier.send(mails == null ? List.of() : mails);
        } catch (RuntimeException e) {
            LOG.warn("Notifications ({}) of workspace {} could not be recorded", what, workspaceId.value(), e);
        }
    }

    private static String subject(CommentPosted posted, Locale locale) {
        return Notifier.t("notify.subject." + posted.subject().name(), locale, posted.subjectName());
    }

    /** The page a notification opens (the routes of the KPI, scenario and review pages). */
    static String link(WorkspaceId workspaceId, DiscussionSubject subject, long subjectId) {
        return switch (subject) {
            case KPI -> "w/" + workspaceId.value() + "/kpis/" + subjectId;
            case SCENARIO -> "w/" + workspaceId.value() + "/scenarios?scenario=" + subjectId;
            case REVIEW -> "w/" + workspaceId.value() + "/reviews";
        };
    }
}
