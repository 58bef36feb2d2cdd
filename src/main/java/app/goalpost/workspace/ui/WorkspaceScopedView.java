package app.goalpost.workspace.ui;

import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.function.LongFunction;

/**
 * Base of every page inside a workspace ({@code w/:workspaceId/...}). It opens the workspace through the
 * service, which checks access: a workspace the user may not see answers exactly like a missing one.
 */
public abstract class WorkspaceScopedView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String WORKSPACE_ID = "workspaceId";

    private final transient WorkspaceService workspaces;
    private WorkspaceDetails workspace;

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
