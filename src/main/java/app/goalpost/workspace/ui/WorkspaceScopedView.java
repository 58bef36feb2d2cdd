package app.goalpost.workspace.ui;

import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Stream;

/**
 * Base of every page inside a workspace ({@code w/:workspaceId/...}). It opens the workspace through the
 * service, which checks access: a workspace the user may not see answers exactly like a missing one.
 */
public abstract class WorkspaceScopedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String WORKSPACE_ID = "workspaceId";

    private final transient WorkspaceService workspaces;
    private WorkspaceDetails workspace;
    // --- live workspace (issue 11): what the page was opened with, and what its fields held then ---
    private transient BeforeEnterEvent opened;
    private final Map<HasValue<?, ?>, Object> loaded = new IdentityHashMap<>();
    private final Set<Component> focused = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    private Notification liveNote;

    protected WorkspaceScopedView(WorkspaceService workspaces) {
        this.workspaces = workspaces;
        addClassName("gp-page");
        setWidthFull();
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        WorkspaceId id = parseId(event.getRouteParameters().get(WORKSPACE_ID).orElse(""), WorkspaceId::new);
        workspace = workspaces.open(id);
        removeAll();
        onOpen(workspace, event);
        opened = event;
        rememberFields();
    }

    // --- live workspace (issue 11) ---

    /** Who last saved each subject while this page was open (kind:id to display name), from the live events. */
    private final java.util.Map<String, String> lastSavers = new java.util.HashMap<>();

    /** The live bar hands every change here: who saved is remembered (for the merge dialog), then the page reacts. */
    public final void receiveLiveChange(LiveChange change) {
        change.actorName().ifPresent(name -> lastSavers.put(change.kind() + ":" + change.subjectId(), name));
        onLiveChange(change);
    }

    /**
     * The person whose save of this subject reached this page last, if one did: a save conflict then names them
     * ("Camille Laurent saved in the meantime") instead of "someone else". Unknown when the event never arrived
     * (another node with Redis down): the page then says "someone else", nothing made up.
     */
    protected java.util.Optional<String> lastSaver(ChangeKind kind, long subjectId) {
        return java.util.Optional.ofNullable(lastSavers.get(kind + ":" + subjectId));
    }

    /**
     * Someone else saved something of this workspace. The default reloads the page in place when its user has no
     * unsaved edits ({@link #hasUnsavedEdits}) and says who changed what; with unsaved edits nothing the user typed
     * is touched: the note offers to reload instead. Override to refresh only part of a page.
     */
    public void onLiveChange(LiveChange change) {
        if (hasUnsavedEdits()) {
            showLiveNote(getTranslation("collab.note.pending", change.note()), true);
            return;
        }
        reloadLive();
        showLiveNote(change.note(), false);
    }

    /** Builds the page again from the database, as it was opened (same route and query parameters). */
    protected void reloadLive() {
        if (opened == null) {
            return;
        }
        // read only: a live reload is not a visit. Recording one made every open page of a user write the same
        // visit row at once after someone's save, and all but one failed on its version (seen across two nodes)
        workspace = workspaces.get(workspace.workspaceId());
        removeAll();
        onOpen(workspace, opened);
        rememberFields();
    }

    /**
     * True while the user is editing: a field of the page has the focus or holds something else than what was
     * loaded, or a dialog is open. Views with other kinds of edits override it.
     */
    protected boolean hasUnsavedEdits() {
        if (!focused.isEmpty()) {
            return true;
        }
        if (getUI().map(ui -> ui.getChildren().anyMatch(c -> c instanceof Dialog d && d.isOpened())).orElse(false)) {
            return true;
        }
        return fields(this).anyMatch(f -> loaded.containsKey(f)
                ? !Objects.equals(loaded.get(f), f.getValue()) : !f.isReadOnly() && !f.isEmpty());
    }

    /** The page's code for presence ("Nora — Scenarios"): the menu page this view belongs to. */
    public String presencePage() {
        WorkspacePageView page = getClass().getAnnotation(WorkspacePageView.class);
        if (page != null) {
            return page.value().name();
        }
        return java.util.Arrays.stream(WorkspacePage.values()).filter(p -> p.labelKey().equals(titleKey()))
                .map(Enum::name).findFirst().orElse(WorkspacePage.DASHBOARD.name());
    }

    private void rememberFields() {
        loaded.clear();
        focused.clear();
        fields(this).forEach(f -> {
            loaded.put(f, f.getValue());
            Component c = (Component) f;
            if (c instanceof FocusNotifier<?> focusable) {
                focusable.addFocusListener(e -> focused.add(c));
            }
            if (c instanceof BlurNotifier<?> blurrable) {
                blurrable.addBlurListener(e -> focused.remove(c));
            }
        });
    }

    private static Stream<HasValue<?, ?>> fields(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(
                c instanceof HasValue<?, ?> f ? Stream.of(f) : Stream.empty(), fields(c)));
    }

    private void showLiveNote(String text, boolean offerReload) {
        if (liveNote != null) {
            liveNote.close();
        }
        // one live note per tab: a note opened by the page this one replaced (a live rebuild) goes too
        getUI().map(ui -> com.vaadin.flow.component.ComponentUtil.getData(ui, Notification.class))
                .ifPresent(Notification::close);
        Notification note = new Notification();
        note.setId("live-note");
        note.addClassName("gp-live-note");
        note.setPosition(Notification.Position.BOTTOM_END);
        note.setDuration(offerReload ? 0 : 5000);
        Span message = new Span(text);
        message.setId("live-note-text");
        HorizontalLayout content = new HorizontalLayout(message);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        if (offerReload) {
            Button reload = new Button(getTranslation("collab.reload"), e -> {
                note.close();
                reloadLive();
            });
            reload.setId("live-reload");
            reload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            Button dismiss = new Button(getTranslation("collab.dismiss"), e -> note.close());
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            content.add(reload, dismiss);
        }
        note.add(content);
        note.open();
        liveNote = note;
        getUI().ifPresent(ui -> com.vaadin.flow.component.ComponentUtil.setData(ui, Notification.class, note));
    }

    /** The live note on screen, if any (tests). */
    public java.util.Optional<Notification> liveNote() {
        return java.util.Optional.ofNullable(liveNote).filter(Notification::isOpened);
    }

    /** Builds the page for the opened workspace; throw {@link WorkspaceNotFoundException} for foreign ids. */
    protected abstract void onOpen(WorkspaceDetails workspace, BeforeEnterEvent event);

    /** i18n key of the page title. */
    protected abstract String titleKey();

    public WorkspaceDetails workspace() {
        return workspace;
    }

    /** Where the workspace switcher goes in another workspace: the same page, without sub-page parameters. */
    public Class<? extends Component> switchTarget() {
        return getClass();
    }

    @Override
    public String getPageTitle() {
        String page = getTranslation(titleKey());
        return workspace == null ? page : page + " · " + workspace.name() + " · Goalpost";
    }

    /**
     * The one place a route parameter becomes a typed id ({@code parseId(raw, WorkspaceId::new)}): anything that is not
     * a positive number answers like a missing workspace.
     */
    public static <T> T parseId(String raw, LongFunction<T> type) {
        try {
            long id = Long.parseLong(raw);
            if (id <= 0) {
                throw new WorkspaceNotFoundException();
            }
            return type.apply(id);
        } catch (NumberFormatException e) {
            throw new WorkspaceNotFoundException();
        }
    }
}
