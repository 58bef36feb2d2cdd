package app.goalpost.collab.session.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.collab.session.GoalSessionService;
import app.goalpost.collab.session.SessionId;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.shell.NotFoundView;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The session banner per workspace and per user, following the facilitator, the notes reloaded when another participant
 * saves (or offered to merge while the user types), the Sessions page per role, and the stored record. The other
 * participant acts through the service, as their own page would, while this tab stays open.
 */
@UiTest
class SessionsViewTest extends KaribuSupport {

    @Autowired GoalSessionService sessions;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("sessionui");
    }

    @Test
    void theBannerShowsToClientsOfThatWorkspaceOnly() {
        fixtures.signIn(f.manager());
        sessions.start(f.ws1Id(), "Q1 planning");

        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        Div bar = _get(Div.class, spec -> spec.withId("session-bar"));
        assertThat(bar.isVisible()).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("session-bar-text")).getText())
                .isEqualTo("Goal-setting session “Q1 planning” is running");
        _get(Button.class, spec -> spec.withId("session-bar-join"));

        // the contributor of the other workspace: no banner on their pages, and ws1 answers not-found
        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/dashboard");
        assertThat(_find(Div.class, spec -> spec.withId("session-bar")).stream().filter(Div::isVisible)).isEmpty();
        navigate("w/" + f.ws1() + "/sessions");
        _get(NotFoundView.class);
        assertThat(_find(Span.class, spec -> spec.withId("session-bar-text"))).isEmpty();

        // a session starting in ws1 while the ws2 page is open reaches nobody there
        navigate("w/" + f.ws2() + "/dashboard");
        fixtures.signIn(f.manager());
        sessions.facilitatorOpened(f.ws1Id(), sessions.running(f.ws1Id()).orElseThrow().id(),
                "w/" + f.ws1() + "/kpis", true);
        fixtures.signIn(f.contributor());
        MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("w/" + f.ws2() + "/dashboard");
        assertThat(_find(Span.class, spec -> spec.withId("session-bar-text"))).isEmpty();
    }

    @Test
    void aFollowerOpensThePageTheFacilitatorOpens() {
        fixtures.signIn(f.manager());
        SessionId id = sessions.start(f.ws1Id(), "Q1 planning");

        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        _click(_get(Button.class, spec -> spec.withId("session-bar-join")));
        // joining opens the session page; the client now follows
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("w/" + f.ws1() + "/sessions");
        _get(Checkbox.class, spec -> spec.withId("session-bar-follow")).setValue(true);

        fixtures.signIn(f.manager());
        sessions.facilitatorOpened(f.ws1Id(), id, "w/" + f.ws1() + "/levers", true);
        fixtures.signIn(f.client());
        // live events reach the tab on their own thread: wait for the navigation instead of one round trip
        String levers = "w/" + f.ws1() + "/levers";
        assertThat(awaitLive(() -> UI.getCurrent().getActiveViewLocation().getPath().equals(levers))).isTrue();
        assertThat(_get(Checkbox.class, spec -> spec.withId("session-bar-follow")).getValue()).isTrue();

        // without "follow" the tab stays where it is
        _get(Checkbox.class, spec -> spec.withId("session-bar-follow")).setValue(false);
        fixtures.signIn(f.manager());
        sessions.facilitatorOpened(f.ws1Id(), id, "w/" + f.ws1() + "/kpis", true);
        fixtures.signIn(f.client());
        MockVaadin.clientRoundtrip(false);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("w/" + f.ws1() + "/levers");
    }

    /** "Follow" is stored for the participant: a reload (a new UI of the tab) shows it ticked and still follows. */
    @Test
    void followingTheFacilitatorSurvivesAReload() {
        fixtures.signIn(f.manager());
        SessionId id = sessions.start(f.ws1Id(), "Q2 planning");
        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        _click(_get(Button.class, spec -> spec.withId("session-bar-join")));
        _get(Checkbox.class, spec -> spec.withId("session-bar-follow")).setValue(true);
        assertThat(sessions.running(f.ws1Id()).orElseThrow().following()).isTrue();

        // the browser reloads: a new UI, nothing kept in memory
        reloadUi();
        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        assertThat(_get(Checkbox.class, spec -> spec.withId("session-bar-follow")).getValue()).isTrue();
        fixtures.signIn(f.manager());
        sessions.facilitatorOpened(f.ws1Id(), id, "w/" + f.ws1() + "/kpis", true);
        fixtures.signIn(f.client());
        String kpis = "w/" + f.ws1() + "/kpis";
        assertThat(awaitLive(() -> UI.getCurrent().getActiveViewLocation().getPath().equals(kpis))).isTrue();

        _get(Checkbox.class, spec -> spec.withId("session-bar-follow")).setValue(false);
        assertThat(sessions.running(f.ws1Id()).orElseThrow().following()).isFalse();
        // someone who has not joined cannot follow
        fixtures.signIn(f.owner());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sessions.follow(f.ws1Id(), id, true))
                .isInstanceOf(app.goalpost.shared.InvalidInputException.class);
    }

    @Test
    void theFacilitatorsPagesAreReportedWhenLeading() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/sessions");
        _get(TextField.class, spec -> spec.withId("session-title")).setValue("Q1 planning");
        _click(_get(Button.class, spec -> spec.withId("session-start")));
        assertThat(_get(H3.class, spec -> spec.withId("session-heading")).getText()).isEqualTo("Q1 planning");
        _get(Checkbox.class, spec -> spec.withId("session-bar-lead")).setValue(true);
        java.util.List<app.goalpost.collab.LiveEvent> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        var subscription = ctx.getBean(app.goalpost.collab.LiveBus.class).subscribe(f.agencyId(), f.ws1(),
                heard::add);
        try {
            navigate("w/" + f.ws1() + "/kpis");
            assertThat(heard).extracting(app.goalpost.collab.LiveEvent::detail).contains("w/" + f.ws1() + "/kpis");
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void notesSavedByAnotherReloadOrAreOfferedToMerge() {
        fixtures.signIn(f.manager());
        SessionId id = sessions.start(f.ws2Id(), "Beta planning");
        GoalpostPrincipal manager = fixtures.signIn(f.manager());

        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/sessions");
        TextArea notes = _get(TextArea.class, spec -> spec.withId("session-notes"));
        assertThat(notes.isReadOnly()).isFalse();

        // the manager saves while the contributor is not typing: the panel shows their notes
        fixtures.signIn(f.manager());
        long v1 = sessions.saveNotes(f.ws2Id(), id, "Traffic is flat",
                sessions.running(f.ws2Id()).orElseThrow().notesVersion());
        fixtures.signIn(f.contributor());
        assertThat(awaitLive(() -> "Traffic is flat".equals(notes.getValue()))).isTrue();

        // the contributor types; the manager saves again: the typed text stays, the notice says who changed them
        notes.setValue("Traffic is flat\nDemo rate first");
        fixtures.signIn(f.manager());
        sessions.saveNotes(f.ws2Id(), id, "Traffic is flat\nBudget stays", v1);
        fixtures.signIn(f.contributor());
        assertThat(awaitLive(() -> "Traffic is flat\nDemo rate first".equals(notes.getValue()))).isTrue();
        assertThat(_get(Span.class, spec -> spec.withId("session-notes-notice-text")).getText())
                .isEqualTo("The notes were updated by " + manager.displayName() + ".");
        _click(_get(Button.class, spec -> spec.withId("session-notes-merge")));
        assertThat(notes.getValue()).isEqualTo("Traffic is flat\nBudget stays\nDemo rate first");
        _click(_get(Button.class, spec -> spec.withId("session-notes-save")));
        assertThat(sessions.running(f.ws2Id()).orElseThrow().notes())
                .isEqualTo("Traffic is flat\nBudget stays\nDemo rate first");

        // decisions: added here, listed; one added by the manager appears without a reload
        _get(TextField.class, spec -> spec.withId("session-decision-new")).setValue("Aim for +15 % deals");
        _click(_get(Button.class, spec -> spec.withId("session-decision-add")));
        assertThat(_get(TextField.class, spec -> spec.withId("session-decision-0")).getValue())
                .isEqualTo("Aim for +15 % deals");
        fixtures.signIn(f.manager());
        sessions.addDecision(f.ws2Id(), id, "Keep the budget");
        fixtures.signIn(f.contributor());
        assertThat(awaitLive(() -> _find(TextField.class, spec -> spec.withId("session-decision-1")).stream()
                .anyMatch(t -> "Keep the budget".equals(t.getValue())))).isTrue();
    }

    @Test
    void viewersReadTheSessionAndItsRecord() {
        fixtures.signIn(f.manager());
        SessionId id = sessions.start(f.ws1Id(), "Alpha planning");
        sessions.saveNotes(f.ws1Id(), id, "Baseline agreed", sessions.running(f.ws1Id()).orElseThrow().notesVersion());
        sessions.addDecision(f.ws1Id(), id, "Use last quarter as baseline");

        signIn(f.client());
        navigate("w/" + f.ws1() + "/sessions");
        assertThat(_get(TextArea.class, spec -> spec.withId("session-notes")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("session-notes-save"))).isEmpty();
        assertThat(_find(TextField.class, spec -> spec.withId("session-decision-new"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("session-end"))).isEmpty();
        assertThat(_get(Checkbox.class, spec -> spec.withId("session-agenda-BASELINE")).isReadOnly()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("session-join")));
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("session-history-empty"));

        // the facilitator ends it: the page of the viewer lists the record
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/sessions");
        _click(_get(Button.class, spec -> spec.withId("session-end")));
        _get(Button.class, spec -> spec.withId("session-start"));
        signIn(f.client());
        navigate("w/" + f.ws1() + "/sessions");
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("session-none"));
        @SuppressWarnings("unchecked")
        Grid<app.goalpost.collab.session.SessionSummary> grid = _get(Grid.class,
                spec -> spec.withId("session-history"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "title")).isEqualTo("Alpha planning");
        assertThat(GridKt._getFormatted(grid, 0, "participants")).isEqualTo("2");
        grid.select(GridKt._get(grid, 0));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withId("session-record-notes")).getText()).isEqualTo("Baseline agreed");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class,
                spec -> spec.withId("session-record-decisions")).getElement().getTextRecursively())
                .isEqualTo("Use last quarter as baseline");
        _get(Anchor.class, spec -> spec.withId("session-record-download"));
    }

    /** Runs the UI's access queue until the condition holds (at most 10 s): live events arrive on another thread. */
    private static boolean awaitLive(java.util.function.BooleanSupplier condition) {
        try {
            return app.goalpost.support.SecondBrowser.awaitHere(condition, java.time.Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
