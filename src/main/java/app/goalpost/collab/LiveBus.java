package app.goalpost.collab;

/**
 * Publish/subscribe of {@link LiveEvent}s per agency and workspace. A subscriber receives only the events of the one
 * agency and workspace it subscribed to. The in-process bus serves one node; across nodes an implementation relays
 * through a broker and delivers to local subscribers the same way. Listeners are called on the publishing (or broker)
 * thread: they must be quick and must not assume a Vaadin session lock ({@link LiveUpdates} takes it for UIs).
 */
public interface LiveBus {

    /** Delivers the event to the subscribers of its agency and workspace (on every node). */
    void publish(LiveEvent event);

    /** Subscribes to one workspace of one agency; remove the returned registration when done. */
    Subscription subscribe(long agencyId, long workspaceId, Listener listener);

    @FunctionalInterface
    interface Listener {
        void onEvent(LiveEvent event);
    }

    @FunctionalInterface
    interface Subscription {
        void cancel();
    }
}
