package app.goalpost.collab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.ChangeKind;
import app.goalpost.workspace.WorkspaceNotFoundException;
import com.vaadin.flow.component.html.Div;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Saves reach the bus after commit, stamped with the saver's agency, and only subscribers of that agency's workspace
 * hear them; a refused save publishes nothing; nobody subscribes to a workspace they may not see.
 */
@IntegrationTest
class LiveBusRelayTest {

    @Autowired Fixtures fixtures;
    @Autowired LiveBus bus;
    @Autowired LiveUpdates updates;
    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;

    AgencyFixture f;
    AgencyFixture other;
    final List<LiveEvent> ws1 = new CopyOnWriteArrayList<>();
    final List<LiveEvent> ws2 = new CopyOnWriteArrayList<>();
    final List<LiveEvent> otherWs1 = new CopyOnWriteArrayList<>();
    final List<LiveBus.Subscription> subscriptions = new CopyOnWriteArrayList<>();

    @BeforeEach
    void agencies() {
        f = fixtures.agency("relay");
        other = fixtures.agency("relayother");
        subscriptions.add(bus.subscribe(f.agencyId(), f.ws1Id().value(), ws1::add));
        subscriptions.add(bus.subscribe(f.agencyId(), f.ws2Id().value(), ws2::add));
        subscriptions.add(bus.subscribe(other.agencyId(), other.ws1Id().value(), otherWs1::add));
    }

    @AfterEach
    void cleanUp() {
        subscriptions.forEach(LiveBus.Subscription::cancel);
        Fixtures.signOut();
    }

    @Test
    void aSaveReachesOnlyItsWorkspaceWithIdsOnly() {
        var manager = fixtures.signIn(f.manager());
        LocalDate start = pacing.today(f.ws1Id()).minusDays(3);
        long id = kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, start, start.plusDays(89)));
        actuals.save(f.ws1Id(), new KpiId(id), Granularity.DAY, Map.of(start, Optional.of(new BigDecimal("12"))));

        assertThat(ws1).extracting(LiveEvent::changeKind).containsExactly(ChangeKind.KPI, ChangeKind.ACTUALS);
        assertThat(ws1).allSatisfy(e -> {
            assertThat(e.agencyId()).isEqualTo(f.agencyId());
            assertThat(e.subjectId()).isEqualTo(id);
            assertThat(e.actorUserId()).isEqualTo(manager.userId());
            assertThat(e.detail()).isNull();
        });
        assertThat(ws2).isEmpty();
        assertThat(otherWs1).isEmpty();
    }

    @Test
    void aRefusedSavePublishesNothing() {
        fixtures.signIn(f.manager());
        LocalDate start = pacing.today(f.ws1Id());
        long id = kpis.create(f.ws1Id(), KpiInput.count("Leads", 300, start, start.plusDays(9)));
        ws1.clear();
        assertThatThrownBy(() -> actuals.save(f.ws1Id(), new KpiId(id), Granularity.DAY,
                Map.of(start.plusDays(400), Optional.of(BigDecimal.ONE))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(ws1).isEmpty();
    }

    @Test
    void nobodySubscribesToAWorkspaceTheyMayNotSee() {
        fixtures.signIn(f.client()); // a viewer of ws1 only
        assertThatThrownBy(() -> updates.subscribe(new Div(), f.ws2Id(), e -> { }))
                .isInstanceOf(WorkspaceNotFoundException.class);
        fixtures.signIn(other.owner());
        assertThatThrownBy(() -> updates.subscribe(new Div(), f.ws1Id(), e -> { }))
                .isInstanceOf(WorkspaceNotFoundException.class);
    }
}
