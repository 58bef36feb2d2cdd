package app.goalpost.collab;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers events to the subscribers of this node. Used alone on a single node, and as the local delivery of a
 * bus that relays between nodes.
 */
public class LocalLiveBus implements LiveBus {

    private static final Logger log = LoggerFactory.getLogger(LocalLiveBus.class);

    private record Key(long agencyId, long workspaceId) {
    }

    private final Map<Key, List<Listener>> listeners = new ConcurrentHashMap<>();

    @Override
    public void publish(LiveEvent event) {
        deliver(event);
    }

    /** Hands the event to this node's subscribers of its workspace; one failing listener does not stop the others. */
    public void deliver(LiveEvent event) {
        List<Listener> targets = listeners.get(new Key(event.agencyId(), event.workspaceId()));
        if (targets == null) {
            return;
        }
        for (Listener listener : targets) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                log.warn("A live event listener failed on {}", event, e);
            }
        }
    }

    @Override
    public Subscription subscribe(long agencyId, long workspaceId, Listener listener) {
        Key key = new Key(agencyId, workspaceId);
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** How many listeners this node holds for a workspace (for presence counts and tests). */
    public int subscriberCount(long agencyId, long workspaceId) {
        List<Listener> list = listeners.get(new Key(agencyId, workspaceId));
        return list == null ? 0 : list.size();
    }
}
