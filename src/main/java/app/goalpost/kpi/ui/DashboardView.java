package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiId;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.ui.WorkspacePageView;
import app.goalpost.workspace.ui.WorkspacePage;
import app.goalpost.kpi.Dashboard;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.PacingService;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.review.ReviewDue;
import app.goalpost.review.ReviewService;
import app.goalpost.shared.ui.Formats;
import app.goalpost.workspace.ui.WorkspaceNavigation;
import app.goalpost.workspace.ui.WorkspacePages;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import app.goalpost.workspace.WorkspaceDetails;
import app.goalpost.workspace.WorkspacePermission;
import app.goalpost.workspace.WorkspaceService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The workspace dashboard (method step 4, docs/method.md): every active KPI as a card, sortable by status (behind first) or
 * name; a card opens the KPI's full chart. Everything comes from one {@link PacingService#dashboard} call.
 */
@Route("w/:workspaceId/dashboard")
@PermitAll
@StyleSheet("context://goalpost/kpi.css")
@WorkspacePageView(WorkspacePage.DASHBOARD)
class DashboardView extends WorkspaceScopedView {

    /** Behind first: what needs attention leads the page. */
    private static final Map<PacingStatus, Integer> URGENCY = Map.of(PacingStatus.BEHIND, 0,
            PacingStatus.ON_TRACK, 1, PacingStatus.AHEAD, 2, PacingStatus.NO_DATA, 3, PacingStatus.NOT_STARTED, 4);

    enum Sort { STATUS, NAME }

    private final transient PacingService pacing;
    private final transient ReviewService reviews;
    private final transient WorkspacePages pages;
    private final Div cards = new Div();
    /**
     * The cards as built, with their sort keys: a re-sort moves these components. The dashboard itself (with
     * every KPI's 3 × 365-day series) is not kept: about 9 KB a KPI for as long as the page is open.
     */
    private List<SortableCard> shown = List.of();
    /** The order the user chose; a live reload keeps it. */
    private Sort chosen = Sort.STATUS;

    private record SortableCard(KpiCard card, int urgency, String name) {
    }

    DashboardView(WorkspaceService workspaces, PacingService pacing, ReviewService reviews, WorkspacePages pages) {
        super(workspaces);
        this.pacing = pacing;
        this.reviews = reviews;
        this.pages = pages;
    }

    @Override
    protected void onOpen(WorkspaceDetails w, BeforeEnterEvent event) {
        Dashboard dashboard = pacing.dashboard(w.workspaceId());
        H2 title = new H2(getTranslation("kpi.dashboard.title", w.name()));
        title.setId("dashboard-title");
        Select<Sort> sort = new Select<>();
        sort.setId("dashboard-sort");
        sort.setLabel(getTranslation("kpi.dashboard.sort"));
        sort.setItems(Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("kpi.dashboard.sort." + s.name()));
        sort.setValue(chosen);
        sort.addValueChangeListener(e -> {
            chosen = e.getValue() == null ? Sort.STATUS : e.getValue();
            showCards(chosen);
        });
        HorizontalLayout header = new HorizontalLayout(title, sort);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        add(header);
        Paragraph asOf = new Paragraph(getTranslation("kpi.dashboard.asOf",
                app.goalpost.shared.ui.Formats.date(dashboard.today(), getLocale())));
        asOf.addClassName("gp-empty");
        add(asOf);
        add(reviewLine(w));
        cards.setId("kpi-cards");
        cards.addClassName("gp-kpi-cards");
        cards.setWidthFull();
        add(cards);
        if (dashboard.kpis().isEmpty()) {
            sort.setVisible(false);
            Paragraph empty = new Paragraph(getTranslation("kpi.dashboard.empty"));
            empty.setId("dashboard-empty");
            empty.addClassName("gp-empty");
            add(empty);
            if (w.can(WorkspacePermission.EDIT_BASELINE)) {
                add(new Button(getTranslation("kpi.dashboard.define"),
                        e -> KpiNavigation.list(w.workspaceId())));
            }
        }
        List<SortableCard> built = new ArrayList<>();
        for (KpiPacing p : dashboard.kpis()) {
            KpiId kpiId = new KpiId(p.kpi().id());
            built.add(new SortableCard(new KpiCard(p, dashboard.today(), w.currency(),
                    () -> KpiNavigation.detail(w.workspaceId(), kpiId)), URGENCY.get(p.status()),
                    p.kpi().name().toLowerCase(getLocale())));
        }
        shown = List.copyOf(built);
        showCards(chosen);
    }

    /**
     * The dashboard has nothing to lose: its only field is the card order, a way of looking (kept across the
     * redraw), not an edit. So another person's save always just redraws it.
     */
    @Override
    protected boolean hasUnsavedEdits() {
        return false;
    }

    /** "Review due in N days" / "overdue since …" / "due now: …", opening the review page (method step 5). */
    private Button reviewLine(WorkspaceDetails w) {
        ReviewDue due = reviews.due(w.workspaceId());
        Button link = new Button(getTranslation(due.headline().key(), due.headlineArgs(
                d -> Formats.date(d, getLocale()), k -> getTranslation("review.trigger." + k.name()))),
                e -> WorkspaceNavigation.open(pages.view(WorkspacePage.REVIEWS), w.workspaceId()));
        link.setId("dashboard-review-due");
        link.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return link;
    }

    private void showCards(Sort sort) {
        Comparator<SortableCard> byName = Comparator.comparing(SortableCard::name);
        Comparator<SortableCard> order = sort == Sort.NAME ? byName
                : Comparator.comparingInt(SortableCard::urgency).thenComparing(byName);
        cards.removeAll();
        shown.stream().sorted(order).forEach(c -> cards.add(c.card()));
    }

    @Override
    protected String titleKey() {
        return "kpi.menu.dashboard";
    }
}
