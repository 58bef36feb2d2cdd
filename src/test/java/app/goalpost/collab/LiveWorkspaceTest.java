package app.goalpost.collab;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.SecondBrowser;
import app.goalpost.support.UiTest;
import app.goalpost.user.UserService;
import app.goalpost.workspace.ui.WorkspaceScopedView;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.FocusNotifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two users' browsers on one workspace (Karibu, each on its own thread with its own session): a save by one reloads
 * the other's open page with a note, never the saver's own; typing in an open editor survives; presence shows who is
 * where and which field they edit, and ends when a page closes, a session ends or the user is deactivated; a client
 * of another workspace sees none of it.
 */
@UiTest
class LiveWorkspaceTest extends KaribuSupport {

    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration QUIET = Duration.ofMillis(400);

    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;
    @Autowired FunnelService funnels;
    @Autowired ScenarioService scenarios;
    @Autowired UserService users;
    @Autowired PresenceRegistry registry;
    @Autowired LiveBus bus;

    AgencyFixture f;
    SecondBrowser other;
    final ExecutorService third = Executors.newSingleThreadExecutor();

    @BeforeEach
    void twoBrowsers() {
        f = fixtures.agency("live");
        other = new SecondBrowser(ctx, fixtures);
    }

    @AfterEach
    void close() {
        other.close();
        third.shutdownNow();
    }

    @Test
    void aSaveInOneUiReloadsTheOthersPageWithANoteButNotTheSaversOwn() throws Exception {
        signIn(f.client()); // viewer of ws1, on its dashboard
        navigate("w/" + f.ws1() + "/dashboard");
        assertThat(cards()).isZero();

        GoalpostPrincipal manager = other.signIn(f.manager());
        other.navigate("w/" + f.ws1() + "/kpis");
        long kpi = other.run(() -> {
            LocalDate start = pacing.today(f.ws1Id()).minusDays(3);
            long id = kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, start, start.plusDays(89)));
            actuals.save(f.ws1Id(), new KpiId(id), Granularity.DAY, Map.of(start, Optional.of(new BigDecimal("12"))));
            return id;
        });

        assertThat(SecondBrowser.awaitHere(() -> cards() == 1 && note().contains("entered actuals"), WAIT)).isTrue();
        assertThat(note()).isEqualTo(manager.displayName() + " entered actuals for “Leads”");
        assertThat(kpi).isPositive();
        // the saver's own page got neither a reload note nor a second build
        assertThat(other.await(() -> false, QUIET)).isFalse();
        assertThat(other.run(() -> view().liveNote())).isEmpty();
    }

    /** Choosing the dashboard's card order is no edit: another person's save still redraws, in the chosen order. */
    @Test
    void theDashboardSortIsNotAnUnsavedEditALiveChangeRedrawsInTheChosenOrder() throws Exception {
        fixtures.signIn(f.owner());
        LocalDate from = pacing.today(f.ws1Id()).minusDays(3);
        kpis.create(f.ws1Id(), KpiInput.count("Zeta signups", 300, from, from.plusDays(89)));
        Fixtures.signOut();
        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Object> sort = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("dashboard-sort"));
        Object byName = sort.getListDataView().getItems().filter(s -> s.toString().equals("NAME")).findFirst()
                .orElseThrow();
        sort.setValue(byName);

        other.signIn(f.manager());
        other.navigate("w/" + f.ws1() + "/kpis");
        other.run(() -> {
            LocalDate start = pacing.today(f.ws1Id()).minusDays(3);
            kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, start, start.plusDays(89)));
            return null;
        });

        assertThat(SecondBrowser.awaitHere(() -> cards() == 2, WAIT)).isTrue();
        assertThat(note()).doesNotContain("Your edits are kept"); // redrawn, not "reload when you are ready"
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Object> redrawn = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withId("dashboard-sort"));
        assertThat(redrawn.getValue()).isEqualTo(byName);
    }

    /**
     * An event relayed from another node arrives on a thread with nobody signed in (the Redis listener); the page
     * still reloads and names what changed, because it does so as its own user, never as whoever delivered it.
     */
    @Test
    void anEventFromAnotherNodeReloadsThePageAsItsOwnUser() throws Exception {
        GoalpostPrincipal manager = fixtures.signIn(f.manager());
        LocalDate start = pacing.today(f.ws1Id()).minusDays(3);
        long id = kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, start, start.plusDays(89)));
        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        assertThat(cards()).isEqualTo(1);

        Thread relay = new Thread(() -> {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            bus.publish(new LiveEvent(f.agencyId(), f.ws1(), LiveEvent.Topic.CHANGE, "KPI", id, manager.userId(),
                    null));
        });
        relay.start();
        relay.join();

        assertThat(SecondBrowser.awaitHere(() -> note().contains("Leads"), WAIT)).isTrue();
        assertThat(note()).isEqualTo(manager.displayName() + " changed the KPI “Leads”");
    }

    /** The KPI list (a grid with keyed columns) is built again on a live reload, not given a second set of columns. */
    @Test
    void theKpiListReloadsLiveMoreThanOnce() throws Exception {
        signIn(f.owner());
        navigate("w/" + f.ws1() + "/kpis");
        other.signIn(f.manager());
        LocalDate start = pacing.today(f.ws1Id()).minusDays(3);
        long id = other.run(() -> kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, start, start.plusDays(89))));
        assertThat(SecondBrowser.awaitHere(() -> kpiNames().equals(List.of("Leads")), WAIT)).isTrue();

        other.run(() -> {
            kpis.update(f.ws1Id(), new KpiId(id), KpiInput.count("Qualified leads", 300, start, start.plusDays(89)),
                    kpis.get(f.ws1Id(), new KpiId(id)).version(), "Renamed live");
            return null;
        });
        assertThat(SecondBrowser.awaitHere(() -> kpiNames().equals(List.of("Qualified leads")), WAIT)).isTrue();
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).hasSize(1);
        assertThat(note()).contains("Qualified leads");
    }

    @SuppressWarnings("unchecked")
    private static List<String> kpiNames() {
        var grid = (com.vaadin.flow.component.grid.Grid<app.goalpost.kpi.KpiSummary>) _get(
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("kpi-grid"));
        return grid.getGenericDataView().getItems().map(app.goalpost.kpi.KpiSummary::name).toList();
    }

    @Test
    void aClientOfAnotherWorkspaceOrAgencyReceivesNothing() throws Exception {
        AgencyFixture elsewhere = fixtures.agency("liveother");
        signIn(f.contributor()); // contributor of ws2 only
        navigate("w/" + f.ws2() + "/dashboard");
        other.signIn(f.manager());
        other.navigate("w/" + f.ws1() + "/dashboard");
        other.run(() -> kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31))));
        try (SecondBrowser foreign = new SecondBrowser(ctx, fixtures)) {
            foreign.signIn(elsewhere.owner());
            foreign.navigate("w/" + elsewhere.ws1() + "/dashboard");
            foreign.run(() -> kpis.create(elsewhere.ws1Id(), KpiInput.count("Calls", 10, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 3, 31))));

            assertThat(SecondBrowser.awaitHere(() -> view().liveNote().isPresent() || others() > 0, QUIET))
                    .isFalse();
            assertThat(cards()).isZero();
            assertThat(avatars()).isEmpty();
        }
    }

    @Test
    void typingInAnOpenEditorIsNotLostByAnotherUsersSave() throws Exception {
        fixtures.signIn(f.owner());
        long baseline = FunnelTestData.workedExample(funnels, f.ws2());
        long scenario = scenarios.create(f.ws2Id(), form(baseline, "Q1 push"));
        signIn(f.contributor());
        UI.getCurrent().navigate("w/" + f.ws2() + "/scenarios/" + baseline,
                com.vaadin.flow.router.QueryParameters.of("scenario", String.valueOf(scenario)));
        TextField name = _get(TextField.class, spec -> spec.withId("scenario-name"));
        name.setValue("Q1 push, my draft"); // typed, not saved

        GoalpostPrincipal manager = other.signIn(f.manager());
        other.run(() -> {
            long version = scenarios.get(f.ws2Id(), new ScenarioId(scenario)).version();
            scenarios.update(f.ws2Id(), new ScenarioId(scenario), form(baseline, "Q1 push (manager)"), version);
            return null;
        });

        assertThat(SecondBrowser.awaitHere(() -> view().liveNote().isPresent(), WAIT)).isTrue();
        assertThat(note()).startsWith(manager.displayName() + " changed the scenario “Q1 push (manager)”")
                .contains("Your edits are kept");
        assertThat(_get(TextField.class, spec -> spec.withId("scenario-name"))).isSameAs(name);
        assertThat(name.getValue()).isEqualTo("Q1 push, my draft");

        // reloading is the user's choice: then the page shows what was saved
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("live-reload")));
        assertThat(_get(TextField.class, spec -> spec.withId("scenario-name")).getValue())
                .isEqualTo("Q1 push (manager)");
    }

    @Test
    void presenceShowsWhoIsWhereAndWhichFieldTheyEdit() throws Exception {
        fixtures.signIn(f.owner());
        long baseline = FunnelTestData.workedExample(funnels, f.ws2());
        long scenario = scenarios.create(f.ws2Id(), form(baseline, "Q1 push"));
        signIn(f.contributor());
        UI.getCurrent().navigate("w/" + f.ws2() + "/scenarios/" + baseline,
                com.vaadin.flow.router.QueryParameters.of("scenario", String.valueOf(scenario)));

        GoalpostPrincipal manager = other.signIn(f.manager());
        other.run(() -> {
            UI.getCurrent().navigate("w/" + f.ws2() + "/scenarios/" + baseline,
                    com.vaadin.flow.router.QueryParameters.of("scenario", String.valueOf(scenario)));
            return null;
        });
        assertThat(SecondBrowser.awaitHere(() -> others() == 1, WAIT)).isTrue();
        assertThat(avatars().getFirst().getName()).isEqualTo(manager.displayName() + " — Goal scenarios");

        other.run(() -> {
            TextField amount = _get(app.goalpost.shared.ui.DecimalField.class, spec -> spec.withId("goal-amount"));
            ComponentUtil.fireEvent(amount, new FocusNotifier.FocusEvent<>(amount, true));
            return null;
        });
        TextField amount = _get(app.goalpost.shared.ui.DecimalField.class, spec -> spec.withId("goal-amount"));
        assertThat(SecondBrowser.awaitHere(() -> manager.displayName().equals(
                amount.getElement().getAttribute("data-presence")), WAIT)).isTrue();
        assertThat(amount.getHelperText()).isEqualTo(manager.displayName() + " is editing");
        assertThat(amount.getClassNames()).contains("gp-presence");

        other.run(() -> {
            TextField field = _get(app.goalpost.shared.ui.DecimalField.class, spec -> spec.withId("goal-amount"));
            ComponentUtil.fireEvent(field, new BlurNotifier.BlurEvent<>(field, true));
            return null;
        });
        assertThat(SecondBrowser.awaitHere(() -> amount.getElement().getAttribute("data-presence") == null, WAIT))
                .isTrue();

        // the other page goes elsewhere, then its tab closes
        other.navigate("w/" + f.ws2() + "/dashboard");
        assertThat(SecondBrowser.awaitHere(() -> others() == 1
                && avatars().getFirst().getName().endsWith("— Dashboard"), WAIT)).isTrue();
        other.closeTab();
        assertThat(SecondBrowser.awaitHere(() -> others() == 0, WAIT)).isTrue();
    }

    @Test
    void aDeactivatedUsersPresenceDisappears() throws Exception {
        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        GoalpostPrincipal manager = other.signIn(f.manager());
        other.navigate("w/" + f.ws1() + "/kpis");
        assertThat(SecondBrowser.awaitHere(() -> others() == 1, WAIT)).isTrue();

        third.submit(() -> {
            fixtures.signIn(f.owner());
            users.setActive(manager.userId(), false);
            Fixtures.signOut();
        }).get();

        assertThat(SecondBrowser.awaitHere(() -> others() == 0, WAIT)).isTrue();
        // the heartbeat does not bring them back: it re-checks the account
        registry.beat();
        assertThat(SecondBrowser.awaitHere(() -> others() > 0, QUIET)).isFalse();
    }

    @Test
    void anExpiredSessionEndsPresence() throws Exception {
        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        other.signIn(f.manager());
        other.navigate("w/" + f.ws1() + "/funnel");
        assertThat(SecondBrowser.awaitHere(() -> others() == 1, WAIT)).isTrue();

        other.expireSession();
        assertThat(SecondBrowser.awaitHere(() -> others() == 0, WAIT)).isTrue();
    }

    static ScenarioForm form(long baselineId, String name) {
        return new ScenarioForm(name, baselineId, GoalKind.RELATIVE, 5, new BigDecimal("15"), Optional.empty(),
                LeverKind.ONE_RATE, List.of(0), List.of(), 0.5, CeilingMode.NONE, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31));
    }

    private static WorkspaceScopedView view() {
        return _get(WorkspaceScopedView.class);
    }

    private static int cards() {
        return (int) _get(Div.class, spec -> spec.withId("kpi-cards")).getChildren().count();
    }

    private static String note() {
        return view().liveNote().flatMap(n -> descendants(n).filter(c -> c.getId().orElse("").equals("live-note-text"))
                .findFirst()).map(c -> ((com.vaadin.flow.component.html.Span) c).getText()).orElse("");
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component root) {
        return root.getChildren().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(c),
                descendants(c)));
    }

    private static List<AvatarGroup.AvatarGroupItem> avatars() {
        return _find(AvatarGroup.class, spec -> spec.withId("presence-avatars")).stream().findFirst()
                .map(AvatarGroup::getItems).orElse(List.of());
    }

    private static int others() {
        return avatars().size();
    }
}
