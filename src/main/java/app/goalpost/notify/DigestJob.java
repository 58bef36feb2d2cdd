package app.goalpost.notify;

import app.goalpost.notify.internal.DigestMark;
import app.goalpost.notify.internal.DigestMarkRepository;
import app.goalpost.notify.internal.Notification;
import app.goalpost.notify.internal.NotificationRepository;
import app.goalpost.notify.internal.PendingDigest;
import app.goalpost.shared.mail.MailOut;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.MemberDirectory;
import app.goalpost.workspace.WorkspaceAudience;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * The daily digest: one mail per user with the notifications that waited for it (their preference said "daily
 * digest"). Each user's digest of the day is claimed first: a {@code notify_digest} row (unique per user and UTC
 * day) is inserted in the same transaction that marks the notifications digested, so a second run or node that
 * races for the same user is refused by the unique key and sends nothing; the mail goes out after that commit.
 * ShedLock keeps the scheduled run to one node at a time on top of that.
 */
@Component
public class DigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
    /** A digest lists this many at most, then says how many more there are in the app. */
    static final int MAX_LINES = 100;

    private final NotificationRepository notifications;
    private final DigestMarkRepository marks;
    private final MemberDirectory directory;
    private final Notifier notifier;
    private final MailOut mail;
    private final Clock clock;
    private final TransactionTemplate tx;

    DigestJob(NotificationRepository notifications, DigestMarkRepository marks, MemberDirectory directory,
            Notifier notifier, MailOut mail, Clock clock, PlatformTransactionManager transactions) {
        this.notifications = notifications;
        this.marks = marks;
        this.directory = directory;
        this.notifier = notifier;
        this.mail = mail;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Scheduled(cron = "${goalpost.notify.digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "notify-digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void scheduledRun() {
        int n = sendDigests();
        if (n > 0) {
            LOG.info("Sent {} notification digest(s)", n);
        }
    }

    /** Sends every waiting digest now; returns how many mails went out. */
    public int sendDigests() {
        if (!mail.available() || SecurityContextHolder.getContext().getAuthentication() != null) {
            return 0;
        }
        List<PendingDigest> pending = TenantContext.runAsSystem(() -> tx.execute(s -> notifications.pendingDigests()));
        int sent = 0;
        for (PendingDigest p : pending == null ? List.<PendingDigest>of() : pending) {
            try {
                Optional<Notifier.Mail> digest = TenantContext.runAsTenant(p.agencyId(), () -> claim(p));
                if (digest.isPresent() && notifier.send(List.of(digest.get())) == 1) {
                    sent++;
                }
            } catch (DataAccessException | TransactionException e) {
                LOG.debug("Digest of user {} was sent by another run", p.userId());
            }
        }
        return sent;
    }

    /** Claims today's digest of the user and marks their waiting notifications; empty when nothing is to send. */
    private Optional<Notifier.Mail> claim(PendingDigest p) {
        return Optional.ofNullable(tx.execute(s -> {
            Optional<WorkspaceAudience.Person> person = directory.activePeople().stream()
                    .filter(u -> u.userId() == p.userId()).findFirst();
            List<Notification> waiting = notifications.findByUserIdAndMailStateOrderByIdAsc(p.userId(),
                    Notification.MailState.PENDING);
            if (waiting.isEmpty()) {
                return null;
            }
            if (person.isEmpty()) {
                // deactivated meanwhile: nothing is mailed to them any more
                waiting.forEach(n -> n.mailState(Notification.MailState.NONE));
                return null;
            }
            LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
            marks.saveAndFlush(new DigestMark(p.userId(), today, clock.instant()));
            waiting.forEach(n -> n.mailState(Notification.MailState.DIGESTED));
            return compose(person.get(), waiting);
        }));
    }

    private Notifier.Mail compose(WorkspaceAudience.Person to, List<Notification> waiting) {
        StringBuilder body = new StringBuilder(Notifier.t("notify.digest.intro", to.locale(), waiting.size()));
        body.append("\n");
        Set<NotificationKind> kinds = new LinkedHashSet<>();
        for (Notification n : waiting.subList(0, Math.min(MAX_LINES, waiting.size()))) {
            body.append("\n- ").append(n.getTitle()).append("\n  ").append(notifier.url(n.getLink()));
            kinds.add(n.getKind());
        }
        if (waiting.size() > MAX_LINES) {
            body.append("\n\n").append(Notifier.t("notify.digest.more", to.locale(), waiting.size() - MAX_LINES));
        }
        waiting.forEach(n -> kinds.add(n.getKind()));
        body.append(notifier.footer(to.locale(), TenantContext.currentAgency().orElseThrow(), to.userId(), kinds));
        return new Notifier.Mail(to.email(), Notifier.t("notify.digest.subject", to.locale(), waiting.size()),
                body.toString());
    }
}
