package app.goalpost.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.demo.DemoDataSeeded;
import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.FunnelService;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** The demo planning data goes through the services and gives each demo workspace a usable funnel and plan. */
@IntegrationTest
class PlanningDemoDataTest {

    @Autowired Fixtures fixtures;
    @Autowired ApplicationEventPublisher events;
    @Autowired FunnelService funnels;
    @Autowired ScenarioService scenarios;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void eachDemoWorkspaceGetsABaselineAndScenarios() {
        AgencyFixture f = fixtures.agency("demo");
        fixtures.signIn(f.owner());
        events.publishEvent(new DemoDataSeeded(f.agencyId(),
                Map.of("lumen", f.ws1(), "harbor", f.ws2(), "keller", f.ws3())));

        BaselineData harbor = funnels.currentBaseline(f.ws2()).orElseThrow();
        assertThat(harbor.rows()).extracting(r -> r.volume().longValue()).containsExactly(20_000L, 600L, 150L, 90L,
                45L, 18L);
        assertThat(funnels.baselines(f.ws2())).hasSize(2);
        assertThat(scenarios.list(f.ws2(), harbor.id())).hasSize(3)
                .allSatisfy(s -> assertThat(scenarios.solve(f.ws2(), s.form()).feasible()).isTrue());
        assertThat(scenarios.adopted(f.ws2())).hasSize(1);

        BaselineData lumen = funnels.currentBaseline(f.ws1()).orElseThrow();
        assertThat(lumen.rows().getFirst().volume().doubleValue()).isGreaterThan(40);
        assertThat(lumen.rows().getLast().volume().doubleValue()).isPositive();
        BaselineData keller = funnels.currentBaseline(f.ws3()).orElseThrow();
        assertThat(scenarios.list(f.ws3(), keller.id())).hasSize(1);
    }
}
