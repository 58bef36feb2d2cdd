package app.goalpost.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.demo.DemoDataSeeded;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The demo KPIs: ten per workspace, a mix of statuses, and a seasonal curve in the established workspace. */
@IntegrationTest
class DemoKpisTest {

    @Autowired Fixtures fixtures;
    @Autowired ApplicationEventPublisher events;
    @Autowired PacingService pacing;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void demoWorkspacesGetPacedKpis() {
        AgencyFixture f = fixtures.agency("demo");
        fixtures.signIn(f.owner());
        events.publishEvent(new DemoDataSeeded(f.agencyId(), Map.of("lumen", f.ws1(), "keller", f.ws3())));

        Dashboard lumen = pacing.dashboard(f.ws1());
        assertThat(lumen.kpis()).hasSize(10);
        assertThat(lumen.kpis()).noneMatch(k -> k.result().seasonal());
        Dashboard keller = pacing.dashboard(f.ws3());
        assertThat(keller.kpis()).filteredOn(k -> k.kpi().cumulative()).allMatch(k -> k.series().seasonal());
        if (!keller.today().equals(keller.kpis().getFirst().kpi().period().start())) {
            // on the quarter's first day everything is still noisy; afterwards the mix is visible
            Set<PacingStatus> statuses = lumen.kpis().stream().map(KpiPacing::status).collect(Collectors.toSet());
            assertThat(statuses).contains(PacingStatus.BEHIND).containsAnyOf(PacingStatus.AHEAD, PacingStatus.ON_TRACK);
        }
    }
}
