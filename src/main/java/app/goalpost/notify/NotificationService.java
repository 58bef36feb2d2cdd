package app.goalpost.notify;

import app.goalpost.notify.internal.NotificationRepository;
import app.goalpost.notify.internal.NotifyPreference;
import app.goalpost.notify.internal.NotifyPreferenceRepository;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.Roles;
import app.goalpost.shared.mail.MailOut;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.WorkspaceAccess;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own notifications and e-mail settings. Every read is the user's rows of their agency (the
 * tenant filter) and of the workspaces they may see now ({@link WorkspaceAccess#visibleWorkspaceIds}): a client
 * reassigned to another workspace no longer sees the old one's notifications, not even in the count.
 */
@Service
public class NotificationService {

    /** The bell's list reads at most this many at a time. */
    public static final int MAX_PAGE = 50;

    private final NotificationRepository notifications;
    private final NotifyPreferenceRepository preferences;
    private final WorkspaceAccess access;
    private final UnsubscribeTokens tokens;
    private final MailOut mail;
    private final Clock clock;
    private final TransactionTemplate newTx;

    NotificationService(NotificationRepository notifications, NotifyPreferenceRepository preferences,
            WorkspaceAccess access, UnsubscribeTokens tokens, MailOut mail, Clock clock,
            PlatformTransactionManager transactions) {
        this.newTx = new TransactionTemplate(transactions);
        this.notifications = notifications;
        this.preferences = preferences;
        this.access = access;
        this.tokens = tokens;
        this.mail = mail;
        this.clock = clock;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long unreadCount() {
        List<Long> visible = access.visibleWorkspaceIds();
        return visible.isEmpty() ? 0 : notifications.unread(CurrentUser.require().userId(), visible);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long total() {
        List<Long> visible = access.visibleWorkspaceIds();
        return visible.isEmpty() ? 0 : notifications.total(CurrentUser.require().userId(), visible);
    }

    /** One page of the list, newest first ({@code size} at most {@link #MAX_PAGE}). */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<NotificationItem> page(int page, int size) {
        List<Long> visible = access.visibleWorkspaceIds();
        if (visible.isEmpty()) {
            return List.of();
        }
        return notifications.page(CurrentUser.require().userId(), visible,
                PageRequest.of(Math.max(0, page), Math.clamp(size, 1, MAX_PAGE))).stream()
                .map(n -> new NotificationItem(n.getId(), n.getKind(), n.getTitle(), n.getLink(), n.getCreatedAt(),
                        n.isRead())).toList();
    }

    /** Marks one of the user's notifications read; another user's id changes nothing. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void markRead(long notificationId) {
        long me = CurrentUser.require().userId();
        notifications.findById(notificationId).filter(n -> n.getUserId() == me)
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(CurrentUser.require().userId(), clock.instant());
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public NotificationSettings settings() {
        Map<NotificationKind, MailDelivery> chosen = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            chosen.put(kind, kind.byDefault());
        }
        preferences.findByUserId(CurrentUser.require().userId()).forEach(p -> chosen.put(p.getKind(), p.getDelivery()));
        return new NotificationSettings(chosen, mail.available());
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void saveSettings(Map<NotificationKind, MailDelivery> delivery) {
        long me = CurrentUser.require().userId();
        delivery.forEach((kind, choice) -> choose(me, kind, choice));
    }

    /**
     * The mail's one-click link, without signing in: a valid token switches that one kind off for that one user
     * of that agency, nothing else. Returns the kind, or empty for a bad token (or a user who is gone).
     */
    @PermitAll
    public Optional<NotificationKind> unsubscribe(String token) {
        if (SecurityContextHolder.getContext().getAuthentication() != null
                && CurrentUser.get().isPresent()) {
            // the unsubscribe chain is stateless; a signed-in caller changes their settings on the page
            throw new org.springframework.security.access.AccessDeniedException("Use the settings page");
        }
        Optional<UnsubscribeTokens.Target> target = tokens.read(token);
        if (target.isEmpty()) {
            return Optional.empty();
        }
        UnsubscribeTokens.Target t = target.get();
        try {
            // the tenant first, then the transaction: Hibernate fixes the tenant when the session opens
            return TenantContext.runAsTenant(t.agencyId(), () -> newTx.execute(s -> {
                choose(t.userId(), t.kind(), MailDelivery.OFF);
                return Optional.of(t.kind());
            }));
        } catch (DataAccessException gone) {
            return Optional.empty();
        }
    }

    private void choose(long userId, NotificationKind kind, MailDelivery choice) {
        Optional<NotifyPreference> saved = preferences.findByUserIdAndKind(userId, kind);
        if (saved.isPresent()) {
            saved.get().setDelivery(choice);
        } else {
            preferences.save(new NotifyPreference(userId, kind, choice));
        }
    }
}
