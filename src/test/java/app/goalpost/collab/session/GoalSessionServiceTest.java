package app.goalpost.collab.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.collab.LiveBus;
import app.goalpost.collab.LiveEvent;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.scenario.CeilingMode;
import app.goalpost.scenario.GoalKind;
import app.goalpost.scenario.LeverKind;
import app.goalpost.scenario.ScenarioForm;
import app.goalpost.scenario.ScenarioId;
import app.goalpost.scenario.ScenarioService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Sessions through the service: start, join, notes with their version, decisions, agenda, the scenarios recorded while
 * the session runs, the stored record and its Markdown; and every boundary: another agency, a client of another
 * workspace, a viewer who may only read, a client who may not start, a participant who is not the facilitator.
 */
@IntegrationTest
class GoalSessionServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired GoalSessionService sessions;
    @Autowired ScenarioService scenarios;
    @Autowired FunnelService funnels;
    @Autowired LiveBus bus;

    AgencyFixture a;
    AgencyFixture b;
    final List<LiveEvent> ws2Events = new CopyOnWriteArrayList<>();
    final List<LiveEvent> ws1Events = new CopyOnWriteArrayList<>();
    final List<LiveBus.Subscription> subscriptions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void agencies() {
        a = fixtures.agency("sessA");
        b = fixtures.agency("sessB");
        subscriptions.add(bus.subscribe(a.agencyId(), a.ws2(), ws2Events::add));
        subscriptions.add(bus.subscribe(a.agencyId(), a.ws1(), ws1Events::add));
    }

    @AfterEach
    void cleanUp() {
        subscriptions.forEach(LiveBus.Subscription::cancel);
        Fixtures.signOut();
    }

    @Test
    void aSessionFromStartToRecord() {
        fixtures.signIn(a.owner());
        long baseline = FunnelTestData.workedExample(funnels, a.ws2());
        long first = scenarios.create(a.ws2Id(), plusFifteen(baseline, "Deals +15%"));

        var manager = fixtures.signIn(a.manager());
        SessionId id = sessions.start(a.ws2Id(), "  Q1 planning ");
        assertThatThrownBy(() -> sessions.start(a.ws2Id(), "Second"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("session.error.alreadyRunning"));
        SessionView started = sessions.running(a.ws2Id()).orElseThrow();
        assertThat(started.title()).isEqualTo("Q1 planning");
        assertThat(started.facilitating()).isTrue();
        assertThat(started.joined()).isTrue();
        sessions.tick(a.ws2Id(), id, AgendaStep.BASELINE, true, started.version());
        // the facilitator opens the scenarios page: the scenarios it compares are recorded
        sessions.facilitatorOpened(a.ws2Id(), id, "w/" + a.ws2() + "/scenarios/" + baseline + "?scenario=" + first,
                true);

        var contributor = fixtures.signIn(a.contributor());
        SessionView seen = sessions.running(a.ws2Id()).orElseThrow();
        assertThat(seen.joined()).isFalse();
        assertThat(seen.facilitating()).isFalse();
        assertThat(seen.canEdit()).isTrue();
        sessions.join(a.ws2Id(), id);
        sessions.join(a.ws2Id(), id);
        long notesVersion = sessions.saveNotes(a.ws2Id(), id, "Traffic is flat; work on demo rate", seen.notesVersion());
        DecisionId decision = sessions.addDecision(a.ws2Id(), id, "Aim for +15 % deals");
        DecisionId dropped = sessions.addDecision(a.ws2Id(), id, "Hire an SDR");
        // a second scenario, created and adopted during the session
        long second = scenarios.create(a.ws2Id(), plusFifteen(baseline, "Traffic first"));
        scenarios.adopt(a.ws2Id(), new ScenarioId(second), false,
                scenarios.get(a.ws2Id(), new ScenarioId(second)).version());

        fixtures.signIn(a.manager());
        SessionView now = sessions.running(a.ws2Id()).orElseThrow();
        assertThat(now.participants()).extracting(SessionView.Participant::userId)
                .containsExactly(manager.userId(), contributor.userId());
        assertThat(now.notes()).isEqualTo("Traffic is flat; work on demo rate");
        assertThat(now.notesUpdatedBy()).isEqualTo(contributor.displayName());
        assertThat(now.notesVersion()).isEqualTo(notesVersion);
        // a save on the version the manager had before is refused and writes nothing
        assertThatThrownBy(() -> sessions.saveNotes(a.ws2Id(), id, "Mine", seen.notesVersion()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        sessions.saveNotes(a.ws2Id(), id, now.notes() + "\nBudget stays", now.notesVersion());
        var line = now.decisions().getFirst();
        sessions.editDecision(a.ws2Id(), id, decision, "Aim for +15 % deals by March", line.version());
        sessions.removeDecision(a.ws2Id(), id, dropped, now.decisions().get(1).version());
        sessions.tick(a.ws2Id(), id, AgendaStep.ADOPT, true, now.version());
        sessions.end(a.ws2Id(), id, sessions.running(a.ws2Id()).orElseThrow().version());
        assertThat(sessions.running(a.ws2Id())).isEmpty();
        assertThatThrownBy(() -> sessions.saveNotes(a.ws2Id(), id, "late", 99))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("session.error.ended"));

        fixtures.signIn(a.contributor());
        assertThat(sessions.past(a.ws2Id())).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Q1 planning");
            assertThat(s.participants()).isEqualTo(2);
            assertThat(s.decisions()).isEqualTo(1);
        });
        SessionRecord record = sessions.record(a.ws2Id(), id);
        assertThat(record.notes()).isEqualTo("Traffic is flat; work on demo rate\nBudget stays");
        assertThat(record.decisions()).containsExactly("Aim for +15 % deals by March");
        assertThat(record.agendaDone()).containsExactlyInAnyOrder(AgendaStep.BASELINE, AgendaStep.ADOPT);
        assertThat(record.scenarios()).extracting(SessionScenarios.ScenarioRef::name)
                .containsExactly("Deals +15%", "Traffic first");
        assertThat(record.adopted()).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo(second);
            assertThat(s.baselineId()).isEqualTo(baseline);
        });
        String md = sessions.markdown(a.ws2Id(), id, Locale.ENGLISH);
        assertThat(md).startsWith("# Goal-setting session: Q1 planning\n")
                .contains("- [x] Baseline", "- [ ] Growth levers", "- [x] Adopt the plan",
                        "- Aim for +15 % deals by March", "- Traffic first (adopted)", "## Plan of record\n\nTraffic first",
                        "## Notes\n\nTraffic is flat; work on demo rate\nBudget stays",
                        "- " + contributor.displayName() + ", joined at ")
                .doesNotContain("Hire an SDR");
        assertThat(sessions.markdown(a.ws2Id(), id, Locale.FRENCH)).contains("## Ordre du jour", "Plan retenu");

        // a new session may start once the first ended
        fixtures.signIn(a.manager());
        sessions.start(a.ws2Id(), "Q2 planning");
    }

    @Test
    void eventsCarryIdsOnlyAndStayInTheirWorkspace() {
        fixtures.signIn(a.manager());
        SessionId id = sessions.start(a.ws2Id(), "Secret title");
        sessions.facilitatorOpened(a.ws2Id(), id, "w/" + a.ws2() + "/dashboard", true);
        long notes = sessions.running(a.ws2Id()).orElseThrow().notesVersion();
        sessions.saveNotes(a.ws2Id(), id, "Confidential numbers", notes);

        assertThat(ws1Events).isEmpty();
        assertThat(ws2Events).extracting(LiveEvent::what).containsExactly("STARTED", "LEAD", "NOTES");
        assertThat(ws2Events).allSatisfy(e -> {
            assertThat(e.topic()).isEqualTo(LiveEvent.Topic.SESSION);
            assertThat(e.agencyId()).isEqualTo(a.agencyId());
            assertThat(e.subjectId()).isEqualTo(id.value());
            assertThat(e.toString()).doesNotContain("Secret", "Confidential");
        });
        assertThat(ws2Events.get(1).detail()).isEqualTo("w/" + a.ws2() + "/dashboard");

        // the facilitator cannot lead anyone out of the workspace
        for (String route : List.of("w/" + a.ws1() + "/dashboard", "w/" + a.ws2() + "0/kpis", "https://evil.example",
                "w/" + a.ws2() + "/../" + a.ws1(), "users")) {
            assertThatThrownBy(() -> sessions.facilitatorOpened(a.ws2Id(), id, route, true))
                    .as(route).isInstanceOf(InvalidInputException.class);
        }
        assertThat(ws2Events).hasSize(3);
    }

    @Test
    void viewersReadClientsNeverStartOthersSeeNothing() {
        fixtures.signIn(a.manager());
        SessionId ws1Session = sessions.start(a.ws1Id(), "Alpha session");
        SessionId ws2Session = sessions.start(a.ws2Id(), "Beta session");
        long ws1Notes = sessions.running(a.ws1Id()).orElseThrow().notesVersion();

        // the viewer of ws1 reads and joins, but may not write, tick, lead or end
        fixtures.signIn(a.client());
        SessionView viewer = sessions.running(a.ws1Id()).orElseThrow();
        assertThat(viewer.canEdit()).isFalse();
        sessions.join(a.ws1Id(), ws1Session);
        assertThatThrownBy(() -> sessions.saveNotes(a.ws1Id(), ws1Session, "mine", ws1Notes))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> sessions.addDecision(a.ws1Id(), ws1Session, "mine"))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> sessions.tick(a.ws1Id(), ws1Session, AgendaStep.KPIS, true, viewer.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> sessions.facilitatorOpened(a.ws1Id(), ws1Session, "w/" + a.ws1(), true))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> sessions.end(a.ws1Id(), ws1Session, viewer.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        // a client never starts one, even in their own workspace
        assertThatThrownBy(() -> sessions.start(a.ws1Id(), "Mine")).isInstanceOf(AccessDeniedException.class);
        // nor sees another workspace's session, nor reaches it by its id through their own workspace
        assertThatThrownBy(() -> sessions.running(a.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> sessions.join(a.ws2Id(), ws2Session)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> sessions.join(a.ws1Id(), ws2Session)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.past(a.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);

        // the contributor of ws2 writes there, and sees nothing of ws1
        fixtures.signIn(a.contributor());
        assertThatThrownBy(() -> sessions.running(a.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> sessions.start(a.ws2Id(), "Mine")).isInstanceOf(AccessDeniedException.class);
        long ws2Notes = sessions.running(a.ws2Id()).orElseThrow().notesVersion();
        assertThatThrownBy(() -> sessions.saveNotes(a.ws2Id(), ws1Session, "cross", ws2Notes))
                .isInstanceOf(InvalidInputException.class);
        sessions.saveNotes(a.ws2Id(), ws2Session, "ours", ws2Notes);

        // another agency: not even the owner sees them, with the same ids
        fixtures.signIn(b.owner());
        assertThatThrownBy(() -> sessions.running(a.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(sessions.running(b.ws2Id())).isEmpty();
        assertThatThrownBy(() -> sessions.join(b.ws2Id(), ws2Session)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> sessions.record(b.ws2Id(), ws2Session)).isInstanceOf(WorkspaceNotFoundException.class);

        // ended, the record of ws1 is readable by its viewer only; a running session has no record yet
        fixtures.signIn(a.manager());
        sessions.end(a.ws1Id(), ws1Session, sessions.running(a.ws1Id()).orElseThrow().version());
        assertThatThrownBy(() -> sessions.record(a.ws2Id(), ws2Session))
                .isInstanceOf(WorkspaceNotFoundException.class);
        fixtures.signIn(a.client());
        assertThat(sessions.record(a.ws1Id(), ws1Session).participants()).hasSize(2);
        fixtures.signIn(a.contributor());
        assertThatThrownBy(() -> sessions.record(a.ws1Id(), ws1Session)).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> sessions.record(a.ws2Id(), ws1Session)).isInstanceOf(WorkspaceNotFoundException.class);
    }

    @Test
    void badInputIsRefusedAtItsField() {
        fixtures.signIn(a.manager());
        assertThatThrownBy(() -> sessions.start(a.ws2Id(), "   ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> sessions.start(a.ws2Id(), "x".repeat(201))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("session.error.tooLong"));
        assertThat(sessions.running(a.ws2Id())).isEmpty();
        SessionId id = sessions.start(a.ws2Id(), "Q1");
        assertThatThrownBy(() -> sessions.addDecision(a.ws2Id(), id, " ")).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("decision"));
        assertThat(sessions.running(a.ws2Id()).orElseThrow().decisions()).isEmpty();
    }

    static ScenarioForm plusFifteen(long baselineId, String name) {
        return new ScenarioForm(name, baselineId, GoalKind.RELATIVE, 5, new BigDecimal("15"), Optional.empty(),
                LeverKind.ONE_RATE, List.of(0), List.of(), 0.5, CeilingMode.NONE, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31));
    }
}
