package app.goalpost.shell;

import app.goalpost.collab.Here;
import app.goalpost.collab.LiveEvent;
import app.goalpost.collab.LiveUpdates;
import app.goalpost.collab.Presence;
import app.goalpost.collab.PresenceService;
import app.goalpost.security.CurrentUser;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.ChangeSubjectNames;
import app.goalpost.workspace.MemberDirectory;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.FieldPresence;
import app.goalpost.workspace.ui.LiveChange;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Scope;

/**
 * The live workspace in the header: who else is in the open workspace (avatars; the tooltip says on which page),
 * and the link between the open page and the workspace's live events. It follows the routed page
 * ({@link MainLayout} calls {@link #follow} after every navigation): a change saved by someone else is worded
 * ("Nora Schmidt changed the scenario “Q1 push”", names read for this user) and handed to the page's
 * {@link WorkspaceScopedView#onLiveChange}; the page's presence moves with it, and its editors learn who edits which
 * field ({@link FieldPresence}).
 */
@SpringComponent
@Scope("prototype")
class LiveWorkspaceBar extends Div implements FieldPresence.Sink {

    private final transient LiveUpdates live;
    private final transient PresenceService presence;
    private final transient MemberDirectory members;
    private final transient List<ChangeSubjectNames> names;
    private final AvatarGroup avatars = new AvatarGroup();
    private @Nullable WorkspaceScopedView view;
    private @Nullable WorkspaceId workspace;
    private @Nullable Registration changes;
    private @Nullable Registration watching;
    private transient @Nullable Here here;
    private List<Presence> present = List.of();

    LiveWorkspaceBar(LiveUpdates live, PresenceService presence, MemberDirectory members,
            List<ChangeSubjectNames> names) {
        this.live = live;
        this.presence = presence;
        this.members = members;
        this.names = names;
        setId("live-workspace");
        addClassName("gp-live-bar");
        avatars.setId("presence-avatars");
        avatars.setMaxItemsVisible(5);
        add(avatars);
        setVisible(false);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        FieldPresence.connect(event.getUI(), this);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        FieldPresence.connect(event.getUI(), null);
    }

    /** The routed page changed: follow its workspace (or none). */
    void follow(@Nullable WorkspaceScopedView page) {
        view = page;
        WorkspaceId next = page == null || page.workspace() == null ? null : page.workspace().workspaceId();
        if (!Objects.equals(next, workspace)) {
            stop();
            workspace = next;
            if (next != null && page != null) {
                changes = live.subscribe(this, next, this::onEvent);
                here = presence.enter(this, next, page.presencePage());
                watching = presence.watch(this, next, this::show);
            }
        } else if (here != null && page != null) {
            here.page(page.presencePage());
            show(present);
        }
        setVisible(workspace != null);
    }

    private void stop() {
        if (changes != null) {
            changes.remove();
            changes = null;
        }
        if (watching != null) {
            watching.remove();
            watching = null;
        }
        if (here != null) {
            here.leave();
            here = null;
        }
        present = List.of();
        avatars.setItems(List.of());
        getUI().ifPresent(ui -> FieldPresence.publish(ui, List.of()));
    }

    private void onEvent(LiveEvent event) {
        WorkspaceScopedView page = view;
        if (event.topic() != LiveEvent.Topic.CHANGE || page == null || workspace == null) {
            return;
        }
        ChangeKind kind = event.changeKind();
        Optional<String> actorName = event.actorUserId() == 0 ? Optional.empty()
                : members.find(event.actorUserId()).map(MemberDirectory.Member::displayName);
        String actor = actorName.orElse(getTranslation("collab.someone"));
        Optional<String> subject = kind == ChangeKind.WORKSPACE ? Optional.empty()
                : names.stream().map(n -> n.name(workspace, kind, event.subjectId())).flatMap(Optional::stream)
                        .findFirst();
        String note = subject.map(s -> getTranslation("collab.change." + kind.name() + ".named", actor, s))
                .orElseGet(() -> getTranslation("collab.change." + kind.name(), actor));
        page.receiveLiveChange(new LiveChange(kind, event.subjectId(), event.actorUserId(), note, actorName));
    }

    /** Avatars of the others (one per user, their pages in the tooltip) and the fields they edit on this page. */
    private void show(List<Presence> all) {
        present = all;
        long me = CurrentUser.get().map(u -> u.userId()).orElse(0L);
        Map<Long, List<Presence>> byUser = new LinkedHashMap<>();
        all.stream().filter(p -> p.userId() != me).forEach(p -> byUser.computeIfAbsent(p.userId(),
                k -> new ArrayList<>()).add(p));
        List<AvatarGroupItem> items = new ArrayList<>();
        for (List<Presence> ofUser : byUser.values()) {
            Presence first = ofUser.getFirst();
            String pages = String.join(", ", ofUser.stream().map(p -> pageLabel(p.page())).distinct().toList());
            AvatarGroupItem item = new AvatarGroupItem(getTranslation("collab.presence.on", first.name(), pages));
            item.setAbbreviation(initials(first.name()));
            item.setColorIndex(first.colour());
            items.add(item);
        }
        avatars.setItems(items);
        getElement().setAttribute("data-present", String.valueOf(items.size()));
        String page = view == null ? "" : view.presencePage();
        String mine = here == null ? "" : here.key();
        List<FieldPresence.Editing> editing = all.stream()
                .filter(p -> !p.key().equals(mine) && p.userId() != me && page.equals(p.page()) && p.field() != null)
                .map(p -> new FieldPresence.Editing(p.field(), p.name(), p.colour())).toList();
        getUI().ifPresent(ui -> FieldPresence.publish(ui, editing));
    }

    private String pageLabel(String page) {
        try {
            return getTranslation(WorkspacePage.valueOf(page).labelKey());
        } catch (IllegalArgumentException unknown) {
            return page;
        }
    }

    private static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        String last = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public void focus(String fieldCode) {
        if (here != null) {
            here.focus(fieldCode);
        }
    }

    @Override
    public void blur(String fieldCode) {
        if (here != null) {
            here.blur(fieldCode);
        }
    }

    /** Who else is shown (tests). */
    List<AvatarGroupItem> shown() {
        return avatars.getItems();
    }
}
