package app.goalpost.collab;

import org.jspecify.annotations.Nullable;

/**
 * The presence of one page of a UI in a workspace: where it is and which field it edits. Obtained from
 * {@link PresenceService#enter}; ends by itself when the component that entered is detached, or with {@link #leave}.
 * Calls after the presence ended (the user was deactivated, the page left) do nothing.
 */
public final class Here {

    private final PresenceRegistry registry;
    private volatile PresenceRegistry.@Nullable Entry entry;
    private final Entering enter;
    private volatile String page = "";
    private final java.util.List<com.vaadin.flow.shared.Registration> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    @FunctionalInterface
    interface Entering {
        PresenceRegistry.Entry enter(String page);
    }

    Here(PresenceRegistry registry, Entering enter) {
        this.registry = registry;
        this.enter = enter;
    }

    void start(String onPage) {
        pause();
        page = onPage;
        entry = enter.enter(onPage);
    }

    /** Enters again on the last page (the component was attached again). */
    void restart() {
        start(page);
    }

    /** Another page of the same workspace is open (the field is cleared). */
    public void page(String newPage) {
        page = newPage;
        PresenceRegistry.Entry e = entry;
        if (e != null && !e.page.equals(newPage)) {
            registry.update(e, newPage, null);
        }
    }

    /** The user started editing a field or row of the page ({@code fieldCode}: a short code, no data). */
    public void focus(String fieldCode) {
        PresenceRegistry.Entry e = entry;
        if (e != null && !fieldCode.equals(e.field)) {
            registry.update(e, e.page, fieldCode);
        }
    }

    /** The user left the field (ignored when another field took the focus meanwhile). */
    public void blur(String fieldCode) {
        PresenceRegistry.Entry e = entry;
        if (e != null && fieldCode.equals(e.field)) {
            registry.update(e, e.page, null);
        }
    }

    /** Ends this presence for good (the page is no longer in this workspace). */
    public void leave() {
        listeners.forEach(com.vaadin.flow.shared.Registration::remove);
        listeners.clear();
        pause();
    }

    void listen(com.vaadin.flow.shared.Registration registration) {
        listeners.add(registration);
    }

    /** Ends the presence until the component is attached again. */
    void pause() {
        PresenceRegistry.Entry e = entry;
        entry = null;
        if (e != null) {
            registry.leave(e);
        }
    }

    /** The key of this presence (to tell it from the others in {@link Presence#key()}), empty once ended. */
    public String key() {
        PresenceRegistry.Entry e = entry;
        return e == null || !registry.isPresent(e) ? "" : e.key;
    }
}
