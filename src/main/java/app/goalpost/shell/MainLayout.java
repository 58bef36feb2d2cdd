package app.goalpost.shell;

import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import app.goalpost.workspace.ui.WorkspacePages;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import app.goalpost.security.AgencyRole;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.tenancy.AgencyService;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.Component;
import java.util.Optional;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * App shell for signed-in users: header with the workspace switcher and the user menu; a drawer whose menu
 * shows only what the user's role may open, plus the open workspace's pages. Imports no feature internals:
 * workspace pages come from {@link WorkspacePages}.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient AccessAnnotationChecker accessChecker;
    private final transient WorkspacePages pages;
    private final WorkspaceSwitcher switcher;
    private final SideNav workspaceNav = new SideNav();
    private final SideNav nav = new SideNav();
    private final LiveWorkspaceBar live; // live workspace (issue 11): presence avatars, live refresh of the page
    private final transient java.util.List<app.goalpost.shared.ui.HeaderItem> headerItems; // e.g. the bell (issue 12)

    public MainLayout(AuthenticationContext authentication, AccessAnnotationChecker accessChecker,
            WorkspacePages pages, app.goalpost.workspace.WorkspaceService workspaces, AgencyService agencies,
            LiveWorkspaceBar live, java.util.List<app.goalpost.shared.ui.HeaderItem> headerItems) {
        this.live = live;
        this.headerItems = headerItems;
        this.authentication = authentication;
        this.accessChecker = accessChecker;
        this.pages = pages;
        this.switcher = new WorkspaceSwitcher(workspaces, pages);
        // anonymous only on the not-found page (an error view in this layout): brand only, no menus
        Optional<GoalpostPrincipal> user = CurrentUser.get();

        Span brand = new Span("Goalpost");
        brand.addClassName("gp-brand");
        Span agency = new Span(agencies.currentAgencyName().orElse(""));
        agency.addClassName("gp-agency");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, agency);
        user.ifPresent(u -> header.add(switcher, live));
        user.ifPresent(u -> headerItems.forEach(item -> header.add(item.component())));
        user.ifPresent(u -> header.add(userMenu(u)));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.expand(agency);
        header.addClassName("gp-header");
        addToNavbar(header);

        workspaceNav.addClassName("gp-workspace-nav");
        workspaceNav.setId("workspace-nav");
        nav.addClassName("gp-nav");
        nav.setId("main-nav");
        addToDrawer(workspaceNav, nav);
        setPrimarySection(Section.DRAWER);
    }

    private Component userMenu(GoalpostPrincipal user) {
        MenuBar bar = new MenuBar();
        bar.setId("user-menu");
        bar.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        var root = bar.addItem(user.displayName());
        root.getSubMenu().addItem(getTranslation("menu.account"), e -> getUI().ifPresent(ui -> ui.navigate("account")));
        root.getSubMenu().addItem(getTranslation("notify.settings.menu"),
                e -> getUI().ifPresent(ui -> ui.navigate("account/notifications"))); // issue 12
        root.getSubMenu().addItem(getTranslation("menu.signOut"), e -> authentication.logout());
        return bar;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (CurrentUser.get().isEmpty()) {
            return;
        }
        Component content = getContent();
        WorkspaceDetails workspace = content instanceof WorkspaceScopedView view ? view.workspace() : null;
        Class<? extends Component> target = content instanceof WorkspaceScopedView view ? view.switchTarget() : null;
        switcher.show(workspace == null ? null : new WorkspaceSummary(workspace.id(), workspace.name(),
                workspace.industry(), workspace.stage(), workspace.currency().getCurrencyCode(), workspace.archived()),
                target);
        buildMenu(workspace);
        live.follow(content instanceof WorkspaceScopedView view ? view : null);
        headerItems.forEach(app.goalpost.shared.ui.HeaderItem::afterNavigation);
    }

    private void buildMenu(WorkspaceDetails workspace) {
        GoalpostPrincipal user = CurrentUser.require();
        workspaceNav.removeAll();
        workspaceNav.setVisible(workspace != null);
        if (workspace != null) {
            workspaceNav.setLabel(workspace.name());
            for (WorkspacePages.Entry entry : pages.entries()) {
                if (mayOpen(entry.view(), user) && workspace.can(entry.page().requiredPermission())) {
                    String url = RouteConfiguration.forSessionScope()
                            .getUrl(entry.view(), WorkspaceNavigation.params(workspace.workspaceId()));
                    workspaceNav.addItem(new SideNavItem(getTranslation(entry.page().labelKey()), url,
                            entry.page().icon().create()));
                }
            }
        }
        nav.removeAll();
        if (user.role() != AgencyRole.CLIENT) {
            nav.addItem(item("menu.workspaces", "", VaadinIcon.GRID_BIG));
        }
        if (user.role().seesAllWorkspaces()) {
            nav.addItem(item("menu.users", "users", VaadinIcon.USERS));
            nav.addItem(item("report.branding.menu", "branding", VaadinIcon.PALETTE));
        }
        if (user.role().isStaff()) {
            nav.addItem(item("menu.apiTokens", "api-tokens", VaadinIcon.KEY)); // issue 15: the API tokens page
        }
        nav.addItem(item("menu.account", "account", VaadinIcon.USER));
    }

    /**
     * The router's access rule for a view, read from the signed-in principal rather than the HTTP request, so the menu
     * is also built when a live event navigates the tab outside a request (a session follower; issue 11).
     */
    private boolean mayOpen(Class<? extends Component> view, GoalpostPrincipal user) {
        return accessChecker.hasAccess(view, () -> user.getUsername(), role -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    private SideNavItem item(String key, String path, VaadinIcon icon) {
        return new SideNavItem(getTranslation(key), path, icon.create());
    }
}
