package app.goalpost.shell;

import app.goalpost.workspace.WorkspaceNotFoundException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one answer for "no such page" and "not yours", inside the app shell: same text, same 404 status, so
 * nobody learns whether another agency's or client's workspace exists.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasDynamicTitle {

    public NotFoundView() {
        addClassName("gp-not-found");
        add(new H2(getTranslation("notFound.title")), new Paragraph(getTranslation("notFound.text")),
                new Anchor("", getTranslation("notFound.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notFound.title") + " · Goalpost";
    }

    static int show(NotFoundView view) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** Unknown routes. */
    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class RouteMissing extends NotFoundView implements HasErrorParameter<NotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
            return show(this);
        }
    }

    /**
     * A page the user's role may not open: answered as not found too (in development mode as well), so a page
     * refused to a role looks like a page that does not exist.
     */
    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class AccessDenied extends NotFoundView
            implements HasErrorParameter<com.vaadin.flow.router.AccessDeniedException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<com.vaadin.flow.router.AccessDeniedException> parameter) {
            return show(this);
        }
    }

    /** Workspaces (and anything inside one) the user may not see, or that do not exist. */
    @AnonymousAllowed
    @ParentLayout(MainLayout.class)
    public static class WorkspaceMissing extends NotFoundView
            implements HasErrorParameter<WorkspaceNotFoundException> {
        @Override
        public int setErrorParameter(BeforeEnterEvent event,
                ErrorParameter<WorkspaceNotFoundException> parameter) {
            return show(this);
        }
    }
}
