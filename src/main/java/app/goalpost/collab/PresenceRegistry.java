package app.goalpost.collab;

import app.goalpost.security.AccountDeactivated;
import app.goalpost.security.AccountState;
import app.goalpost.tenancy.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This node's view of who is where: its own users' presences (one per open page of a UI, kept by
 * {@link PresenceService}) and the other nodes' (learnt from PRESENCE events on the bus, each with an expiry).
 * <p>
 * A presence ends when its page is detached (navigation, tab closed, session expired: Vaadin detaches the UIs of a
 * destroyed session; Chromium's unload beacon closes a tab's UI at once), when its user is deactivated
 * ({@link AccountDeactivated}, and the heartbeat re-checks every account), when this node's UI has not sent Vaadin's
 * heartbeat for the expiry time (a tab gone without a beacon), or, for another node's (a node that died), when no
 * heartbeat of ours came for the expiry time.
 */
@Component
class PresenceRegistry implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PresenceRegistry.class);

    record Key(long agencyId, long workspaceId) {
    }

    /** One presence: a user on a page (and maybe a field) of a workspace, from one UI of one node. */
    static final class Entry {
        final String key;
        final Key workspace;
        final long userId;
        final boolean local;
        /** For this node's: when the browser was last heard of (Vaadin's UI heartbeat), epoch millis. */
        final java.util.function.@Nullable LongSupplier clientContact;
        volatile String page;
        volatile @Nullable String field;
        volatile Instant seen;

        Entry(String key, Key workspace, long userId, boolean local, String page, @Nullable String field,
                Instant seen, java.util.function.@Nullable LongSupplier clientContact) {
            this.key = key;
            this.clientContact = clientContact;
            this.workspace = workspace;
            this.userId = userId;
            this.local = local;
            this.page = page;
            this.field = field;
            this.seen = seen;
        }

        String detail() {
            return key + "|" + page + "|" + (field == null ? "" : field);
        }
    }

    private final LiveBus bus;
    private final AccountState accounts;
    private final Clock clock;
    private final Duration expiry;
    private final Map<Key, Map<String, Entry>> entries = new ConcurrentHashMap<>();
    private final Map<Key, List<Runnable>> watchers = new ConcurrentHashMap<>();
    private final Map<Key, LiveBus.Subscription> subscriptions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;

    PresenceRegistry(LiveBus bus, AccountState accounts, Clock clock,
            @Value("${goalpost.collab.presence.heartbeat:30s}") Duration heartbeatEvery,
            @Value("${goalpost.collab.presence.expiry:90s}") Duration expiry) {
        this.bus = bus;
        this.accounts = accounts;
        this.clock = clock;
        this.expiry = expiry;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "goalpost-presence-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long every = heartbeatEvery.toMillis();
        heartbeat.scheduleWithFixedDelay(() -> {
            try {
                beat();
            } catch (RuntimeException e) {
                log.warn("Presence heartbeat failed", e);
            }
        }, every, every, TimeUnit.MILLISECONDS);
    }

    // --- this node's presences ---

    Entry enter(long agencyId, long workspaceId, long userId, String page,
            java.util.function.@Nullable LongSupplier clientContact) {
        Key ws = new Key(agencyId, workspaceId);
        Entry entry = new Entry(UUID.randomUUID().toString().substring(0, 13), ws, userId, true, page, null,
                clock.instant(), clientContact);
        ensureSubscribed(ws);
        entries.computeIfAbsent(ws, k -> new ConcurrentHashMap<>()).put(entry.key, entry);
        announce(entry);
        return entry;
    }

    /** Page or field changed (the entry must be this node's and still present). */
    void update(Entry entry, String page, @Nullable String field) {
        if (!isPresent(entry)) {
            return;
        }
        entry.page = page;
        entry.field = field;
        announce(entry);
    }

    void leave(Entry entry) {
        Map<String, Entry> ws = entries.get(entry.workspace);
        if (ws != null && ws.remove(entry.key) != null) {
            bus.publish(LiveEvent.presence(entry.workspace.agencyId(), entry.workspace.workspaceId(), LiveEvent.GONE,
                    entry.userId, entry.detail()));
            notifyWatchers(entry.workspace);
        }
        releaseIfIdle(entry.workspace);
    }

    boolean isPresent(Entry entry) {
        Map<String, Entry> ws = entries.get(entry.workspace);
        return ws != null && ws.get(entry.key) == entry;
    }

    private void announce(Entry entry) {
        entry.seen = clock.instant();
        bus.publish(LiveEvent.presence(entry.workspace.agencyId(), entry.workspace.workspaceId(), LiveEvent.HERE,
                entry.userId, entry.detail()));
    }

    // --- watching ---

    Runnable watch(long agencyId, long workspaceId, Runnable onChange) {
        Key ws = new Key(agencyId, workspaceId);
        ensureSubscribed(ws);
        watchers.computeIfAbsent(ws, k -> new CopyOnWriteArrayList<>()).add(onChange);
        return () -> {
            watchers.computeIfPresent(ws, (k, list) -> {
                list.remove(onChange);
                return list.isEmpty() ? null : list;
            });
            releaseIfIdle(ws);
        };
    }

    /** Who is in the workspace now (expired ones left out), oldest first. */
    List<Entry> present(long agencyId, long workspaceId) {
        Map<String, Entry> ws = entries.get(new Key(agencyId, workspaceId));
        if (ws == null) {
            return List.of();
        }
        Instant oldest = clock.instant().minus(expiry);
        return ws.values().stream().filter(e -> e.local || !e.seen.isBefore(oldest))
                .sorted(Comparator.comparing((Entry e) -> e.seen).thenComparing(e -> e.key)).toList();
    }

    private synchronized void ensureSubscribed(Key ws) {
        if (subscriptions.containsKey(ws)) {
            return;
        }
        subscriptions.put(ws, bus.subscribe(ws.agencyId(), ws.workspaceId(), this::onEvent));
        // the other nodes repeat who of theirs is here: no waiting for their next heartbeat
        bus.publish(LiveEvent.presence(ws.agencyId(), ws.workspaceId(), LiveEvent.SYNC, 0, ""));
    }

    private synchronized void releaseIfIdle(Key ws) {
        boolean localHere = entries.getOrDefault(ws, Map.of()).values().stream().anyMatch(e -> e.local);
        if (!localHere && !watchers.containsKey(ws)) {
            LiveBus.Subscription subscription = subscriptions.remove(ws);
            if (subscription != null) {
                subscription.cancel();
            }
            entries.remove(ws);
        }
    }

    // --- events from the bus (this node's own included) ---

    private void onEvent(LiveEvent event) {
        if (event.topic() != LiveEvent.Topic.PRESENCE) {
            return;
        }
        Key ws = new Key(event.agencyId(), event.workspaceId());
        if (LiveEvent.SYNC.equals(event.what())) {
            entries.getOrDefault(ws, Map.of()).values().stream().filter(e -> e.local).forEach(this::announce);
            return;
        }
        String[] parts = (event.detail() == null ? "" : event.detail()).split("\\|", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return;
        }
        Map<String, Entry> present = entries.computeIfAbsent(ws, k -> new ConcurrentHashMap<>());
        Entry known = present.get(parts[0]);
        if (LiveEvent.GONE.equals(event.what())) {
            if (present.remove(parts[0]) != null) {
                notifyWatchers(ws);
            }
            return;
        }
        if (!LiveEvent.HERE.equals(event.what())) {
            return;
        }
        if (known != null && known.local) {
            notifyWatchers(ws); // our own announcement: its state is already in the entry
            return;
        }
        String field = parts[2].isEmpty() ? null : parts[2];
        if (known != null && known.userId == event.actorUserId()) {
            boolean changed = !known.page.equals(parts[1]) || !java.util.Objects.equals(known.field, field);
            known.page = parts[1];
            known.field = field;
            known.seen = clock.instant();
            if (changed) {
                notifyWatchers(ws);
            }
            return;
        }
        present.put(parts[0], new Entry(parts[0], ws, event.actorUserId(), false, parts[1], field, clock.instant(),
                null));
        notifyWatchers(ws);
    }

    private void notifyWatchers(Key ws) {
        for (Runnable watcher : watchers.getOrDefault(ws, List.of())) {
            try {
                watcher.run();
            } catch (RuntimeException e) {
                log.warn("A presence watcher failed", e);
            }
        }
    }

    // --- ending presences ---

    /** A deactivated user leaves every workspace of the agency, on every node (their GONE travels on the bus). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onDeactivated(AccountDeactivated deactivated) {
        TenantContext.currentAgency().ifPresent(agency -> removeUser(agency, deactivated.userId()));
    }

    void removeUser(long agencyId, long userId) {
        for (Map.Entry<Key, Map<String, Entry>> ws : entries.entrySet()) {
            if (ws.getKey().agencyId() != agencyId) {
                continue;
            }
            for (Entry e : List.copyOf(ws.getValue().values())) {
                if (e.userId == userId && ws.getValue().remove(e.key) != null) {
                    bus.publish(LiveEvent.presence(agencyId, ws.getKey().workspaceId(), LiveEvent.GONE, userId,
                            e.detail()));
                    notifyWatchers(ws.getKey());
                }
            }
        }
    }

    /**
     * Heartbeat: this node's presences are announced again (after checking that their accounts are still active),
     * and the other nodes' that have not been heard of for the expiry time are dropped.
     */
    void beat() {
        Set<Key> changed = new HashSet<>();
        Instant oldest = clock.instant().minus(expiry);
        for (Map.Entry<Key, Map<String, Entry>> ws : entries.entrySet()) {
            for (Entry e : List.copyOf(ws.getValue().values())) {
                if (e.local && e.clientContact != null
                        && System.currentTimeMillis() - e.clientContact.getAsLong() > expiry.toMillis()) {
                    leave(e); // the tab went away without telling (no unload beacon): its UI heartbeats stopped
                } else if (e.local) {
                    boolean active = TenantContext.runAsTenant(ws.getKey().agencyId(),
                            () -> accounts.activeRole(e.userId).isPresent());
                    if (active) {
                        announce(e);
                    } else {
                        removeUser(ws.getKey().agencyId(), e.userId);
                    }
                } else if (e.seen.isBefore(oldest)) {
                    ws.getValue().remove(e.key);
                    changed.add(ws.getKey());
                }
            }
        }
        changed.forEach(this::notifyWatchers);
    }

    /** How many presences this node knows in all (benchmarks, tests). */
    int size() {
        return entries.values().stream().mapToInt(Map::size).sum();
    }

    List<Key> watchedWorkspaces() {
        return new ArrayList<>(subscriptions.keySet());
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
    }
}
