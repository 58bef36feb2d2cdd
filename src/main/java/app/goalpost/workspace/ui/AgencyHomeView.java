package app.goalpost.workspace.ui;

import app.goalpost.security.AgencyRole;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceService;
import app.goalpost.workspace.WorkspaceSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * Agency home: the workspaces the user may see, with search; owners and admins create, edit, archive and
 * restore them. A client user goes straight to their workspace.
 */
@Route("")
@PermitAll
class AgencyHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String NAME = "name";

    private final transient WorkspaceService workspaces;
    private final transient WorkspacePages pages;
    private final Grid<WorkspaceSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Checkbox showArchived = new Checkbox();
    private final Paragraph empty = new Paragraph();

    AgencyHomeView(WorkspaceService workspaces, WorkspacePages pages) {
        this.workspaces = workspaces;
        this.pages = pages;
        addClassName("gp-page");
        setSizeFull();
        GoalpostPrincipal user = CurrentUser.require();
        boolean admin = user.role().seesAllWorkspaces();

        search.setId("workspace-search");
        search.setPlaceholder(getTranslation("home.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        showArchived.setLabel(getTranslation("home.showArchived"));
        showArchived.setId("show-archived");
        showArchived.setVisible(admin);
        showArchived.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("home.create"), VaadinIcon.PLUS.create(),
                e -> WorkspaceEditorDialog.create(workspaces,
                        id -> WorkspaceNavigation.home(new WorkspaceId(id))).open());
        create.setId("create-workspace");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(admin);
        HorizontalLayout toolbar = new HorizontalLayout(search, showArchived, create);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.setId("workspaces-grid");
        grid.addColumn(WorkspaceSummary::name).setHeader(getTranslation("workspace.name")).setKey(NAME)
                .setSortable(true).setSortProperty(NAME).setFlexGrow(2);
        grid.addColumn(w -> getTranslation("industry." + w.industry().name()))
                .setHeader(getTranslation("workspace.industry")).setFlexGrow(2);
        grid.addColumn(w -> getTranslation("stage." + w.stage().name())).setHeader(getTranslation("workspace.stage"));
        grid.addColumn(WorkspaceSummary::currency).setHeader(getTranslation("workspace.currency"));
        grid.addColumn(w -> w.archived() ? getTranslation("workspace.archived") : "")
                .setHeader(getTranslation("workspace.status"));
        grid.addItemClickListener(e -> WorkspaceNavigation.home(new WorkspaceId(e.getItem().id())));
        grid.addClassName("gp-clickable-rows");
        empty.addClassName("gp-empty");

        add(new H2(getTranslation("home.title")), toolbar, empty, grid);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.require().role() == AgencyRole.CLIENT) {
            List<WorkspaceSummary> mine = workspaces.homePage("", false, false, 0, 1);
            if (!mine.isEmpty()) {
                event.forwardTo(pages.home(), WorkspaceNavigation.params(new WorkspaceId(mine.getFirst().id())));
            }
        }
    }

    /**
     * A lazy grid: each page the grid shows is one query, sorted, filtered and paged by the database, so the
     * view holds nothing that grows with the agency. The empty-state text needs the count, which the grid asks
     * for again on its own (one more small count query per search, not per row).
     */
    private void refresh() {
        String needle = search.getValue();
        boolean archived = showArchived.getValue();
        empty.setVisible(workspaces.homeCount(needle, archived) == 0);
        empty.setText(getTranslation(needle.isBlank() ? "home.empty" : "home.noMatch"));
        grid.setItems(query -> workspaces.homePage(needle, archived, descending(query.getSortOrders()),
                        query.getOffset(), query.getLimit()).stream(),
                query -> workspaces.homeCount(needle, archived));
    }

    private static boolean descending(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().filter(o -> NAME.equals(o.getSorted())).findFirst()
                .map(o -> o.getDirection() == SortDirection.DESCENDING).orElse(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · Goalpost";
    }
}
