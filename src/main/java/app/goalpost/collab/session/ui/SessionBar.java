package app.goalpost.collab.session.ui;

import app.goalpost.collab.LiveEvent;
import app.goalpost.collab.LiveUpdates;
import app.goalpost.collab.session.GoalSessionService;
import app.goalpost.collab.session.SessionEventKind;
import app.goalpost.collab.session.SessionView;
import app.goalpost.security.CurrentUser;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.workspace.ui.WorkspacePages;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The banner of a workspace's running session, on every page of that workspace (one per browser tab, attached to the
 * UI): "Goal-setting session “Q1 planning” is running — Join". A participant may follow the facilitator: when the
 * facilitator (who leads) opens a page of the workspace, this tab opens it too, never a page of another workspace. For
 * the facilitator it reports each page opened (scenarios discussed are recorded; with "lead" followers come along).
 * Listens only to the workspace shown, through {@link LiveUpdates} (which checks access); events carry ids only.
 */
class SessionBar extends Div {

    private static final Logger log = LoggerFactory.getLogger(SessionBar.class);

    private final transient GoalSessionService sessions;
    private final transient LiveUpdates live;
    private final transient WorkspacePages pages;
    private final long userId;

    private @Nullable WorkspaceId workspace;
    private @Nullable Registration subscription;
    private @Nullable SessionView session;
    private boolean follow;
    private boolean lead;
    private boolean onSessionsPage;
    private String location = "";

    SessionBar(GoalSessionService sessions, LiveUpdates live, WorkspacePages pages) {
        this.sessions = sessions;
        this.live = live;
        this.pages = pages;
        this.userId = CurrentUser.require().userId();
        setId("session-bar");
        addClassName("gp-session-bar");
        getStyle().set("position", "fixed").set("bottom", "var(--lumo-space-m)").set("left", "50%")
                .set("transform", "translateX(-50%)").set("z-index", "100")
                .set("background", "var(--lumo-base-color)").set("box-shadow", "var(--lumo-box-shadow-m)")
                .set("border", "1px solid var(--lumo-primary-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("display", "flex").set("gap", "var(--lumo-space-m)").set("align-items", "center")
                .set("flex-wrap", "wrap").set("width", "max-content").set("max-width", "90vw");
        setVisible(false);
    }

    /** After every navigation of the tab: which workspace it shows, and what the facilitator just opened. */
    void afterNavigation(AfterNavigationEvent event) {
        Optional<WorkspaceDetails> shown = event.getActiveChain().stream()
                .filter(WorkspaceScopedView.class::isInstance).map(v -> ((WorkspaceScopedView) v).workspace())
                .filter(w -> w != null).findFirst();
        if (shown.isEmpty()) {
            leaveWorkspace();
            return;
        }
        WorkspaceId id = shown.get().workspaceId();
        if (!id.equals(workspace)) {
            leaveWorkspace();
            workspace = id;
            subscription = live.subscribe(this, id, this::onEvent);
        }
        HasElement page = event.getActiveChain().getFirst();
        onSessionsPage = page.getClass() == pages.view(WorkspacePage.SESSIONS);
        location = event.getLocation().getPathWithQueryParameters();
        refresh();
        reportPage();
    }

    private void leaveWorkspace() {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        workspace = null;
        session = null;
        follow = false;
        lead = false;
        setVisible(false);
        removeAll();
    }

    /** The facilitator's page: scenarios it compares are recorded; with "lead" followers open it too. */
    private void reportPage() {
        SessionView s = session;
        if (s != null && s.facilitating() && workspace != null) {
            try {
                sessions.facilitatorOpened(workspace, s.id(), location, lead);
            } catch (RuntimeException e) {
                log.debug("Page {} not reported to session {}", location, s.id(), e);
            }
        }
    }

    private void onEvent(LiveEvent event) {
        if (event.topic() != LiveEvent.Topic.SESSION || workspace == null) {
            return;
        }
        // LiveUpdates hands the event over as this page's own user (UiDispatch): no sign-in to swap here
        SessionEventKind kind = SessionEventKind.valueOf(event.what());
        if (kind == SessionEventKind.LEAD) {
            followTo(event);
        } else if (kind == SessionEventKind.STARTED || kind == SessionEventKind.ENDED
                || kind == SessionEventKind.JOINED) {
            refresh();
        }
    }

    /** Opens the facilitator's page, if this tab follows and the page is one of the same workspace. */
    private void followTo(LiveEvent event) {
        String route = event.detail();
        WorkspaceId shown = workspace;
        if (!follow || route == null || shown == null || event.actorUserId() == userId
                || event.workspaceId() != shown.value() || route.equals(location)) {
            return;
        }
        String prefix = "w/" + shown.value();
        if (route.equals(prefix) || route.startsWith(prefix + "/") || route.startsWith(prefix + "?")) {
            getUI().ifPresent(ui -> ui.navigate(route));
        }
    }

    private void refresh() {
        WorkspaceId shown = workspace;
        removeAll();
        if (shown == null) {
            setVisible(false);
            return;
        }
        try {
            session = sessions.running(shown).orElse(null);
        } catch (WorkspaceNotFoundException e) {
            session = null;
        }
        SessionView s = session;
        if (s == null) {
            follow = false;
            lead = false;
            setVisible(false);
            return;
        }
        follow = s.following();
        Span text = new Span(getTranslation("session.banner", s.title()));
        text.setId("session-bar-text");
        add(text);
        if (!s.joined()) {
            Button join = new Button(getTranslation("session.banner.join"), e -> {
                sessions.join(shown, s.id());
                open(shown);
                refresh();
            });
            join.setId("session-bar-join");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(join);
        } else if (s.facilitating()) {
            Checkbox leading = new Checkbox(getTranslation("session.banner.lead"), lead);
            leading.setId("session-bar-lead");
            leading.addValueChangeListener(e -> {
                lead = e.getValue();
                if (lead) {
                    reportPage();
                }
            });
            add(leading);
        } else {
            Checkbox following = new Checkbox(getTranslation("session.banner.follow"), follow);
            following.setId("session-bar-follow");
            following.addValueChangeListener(e -> {
                follow = e.getValue();
                sessions.follow(shown, s.id(), follow);
            });
            add(following);
        }
        if (!onSessionsPage && s.joined()) {
            Button open = new Button(getTranslation("session.banner.open"), e -> open(shown));
            open.setId("session-bar-open");
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            add(open);
        }
        setVisible(true);
    }

    private void open(WorkspaceId shown) {
        if (!onSessionsPage) {
            WorkspaceNavigation.open(pages.view(WorkspacePage.SESSIONS), shown);
        }
    }

    long userId() {
        return userId;
    }
}
