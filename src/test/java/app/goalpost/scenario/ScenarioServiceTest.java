package app.goalpost.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.funnel.StageId;
import app.goalpost.planning.scenario.PlanResult;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Scenarios: who may edit, tenant isolation, adoption (one plan of record per period), optimistic locking. */
@IntegrationTest
@RecordApplicationEvents
class ScenarioServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired FunnelService funnels;
    @Autowired ScenarioService scenarios;
    @Autowired ApplicationEvents events;

    AgencyFixture a;
    AgencyFixture b;
    long baseline2;

    @BeforeEach
    void agencies() {
        a = fixtures.agency("scenA");
        b = fixtures.agency("scenB");
        fixtures.signIn(a.owner());
        baseline2 = FunnelTestData.workedExample(funnels, a.ws2());
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    static ScenarioForm plusFifteen(long baselineId, String name, LeverKind lever, List<Integer> steps) {
        return new ScenarioForm(name, baselineId, GoalKind.RELATIVE, 5, new BigDecimal("15"), Optional.empty(), lever,
                steps, List.of(), 0.5, CeilingMode.NONE, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31));
    }

    @Test
    void theWorkedExampleGoalNeedsThreePointFivePercentForWholeDeals() {
        fixtures.signIn(a.contributor());
        ScenarioForm form = plusFifteen(baseline2, "+15% customers", LeverKind.ONE_RATE, List.of(0));
        PlanResult.Feasible result = (PlanResult.Feasible) scenarios.solve(a.ws2Id(), form);
        assertThat(result.plan().target().whole()).isEqualByComparingTo("21");
        assertThat(result.plan().steps().getFirst().plannedRate().value()).isCloseTo(0.035, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(result.plan().noExtraMediaSpend()).isTrue();
        PlanResult.Feasible volume = (PlanResult.Feasible) scenarios.solve(a.ws2Id(),
                plusFifteen(baseline2, "traffic", LeverKind.VOLUME, List.of()));
        assertThat(volume.plan().stages().getFirst().plannedWhole()).isEqualTo(23_334);
    }

    @Test
    void contributorsCreateAndAdoptScenariosAndTheTargetsAreStoredAndPublished() {
        fixtures.signIn(a.contributor());
        long id = scenarios.create(a.ws2Id(), plusFifteen(baseline2, "+15% customers", LeverKind.ONE_RATE, List.of(0)));
        long copy = scenarios.duplicate(a.ws2Id(), new ScenarioId(id), "Traffic instead");
        ScenarioData original = scenarios.get(a.ws2Id(), new ScenarioId(id));
        scenarios.adopt(a.ws2Id(), new ScenarioId(id), true, original.version());

        ScenarioData adopted = scenarios.get(a.ws2Id(), new ScenarioId(id));
        assertThat(adopted.adopted()).isTrue();
        assertThat(adopted.targets()).extracting(ScenarioData.PlannedTarget::wholeUnits)
                .containsExactly(20_000L, 700L, 175L, 105L, 53L, 21L);
        PlanAdopted event = events.stream(PlanAdopted.class).reduce((x, y) -> y).orElseThrow();
        assertThat(event.createKpis()).isTrue();
        assertThat(event.scenarioId()).isEqualTo(id);
        assertThat(event.periodStart()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(event.targets()).extracting(PlanAdopted.StageTarget::stageKey).containsExactly("visitor", "lead",
                "mql", "sql", "opportunity", "customer");

        // adopting another scenario of the same period replaces the plan of record
        scenarios.adopt(a.ws2Id(), new ScenarioId(copy), false, scenarios.get(a.ws2Id(),
                new ScenarioId(copy)).version());
        assertThat(scenarios.adopted(a.ws2Id())).extracting(ScenarioData::id).containsExactly(copy);
        assertThat(events.stream(PlanAdopted.class).reduce((x, y) -> y).orElseThrow().createKpis()).isFalse();
    }

    @Test
    void viewersReadScenariosButCannotChangeThem() {
        fixtures.signIn(a.owner());
        long baseline1 = FunnelTestData.workedExample(funnels, a.ws1());
        long id = scenarios.create(a.ws1Id(), plusFifteen(baseline1, "Plan", LeverKind.ONE_RATE, List.of(0)));
        fixtures.signIn(a.client());
        assertThat(scenarios.list(a.ws1Id(), new BaselineId(baseline1))).hasSize(1);
        assertThatThrownBy(() -> scenarios.create(a.ws1Id(), plusFifteen(baseline1, "Mine", LeverKind.VOLUME,
                List.of()))).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> scenarios.duplicate(a.ws1Id(), new ScenarioId(id),
                "Copy")).isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(scenarios.list(a.ws1Id(), new BaselineId(baseline1))).hasSize(1);
    }

    @Test
    void anotherAgencyAndOtherWorkspacesNeverSeeScenarios() {
        fixtures.signIn(a.owner());
        long id = scenarios.create(a.ws2Id(), plusFifteen(baseline2, "Plan", LeverKind.ONE_RATE, List.of(0)));
        long baseline1 = FunnelTestData.workedExample(funnels, a.ws1());
        fixtures.signIn(b.owner());
        assertThatThrownBy(() -> scenarios.get(a.ws2Id(),
                new ScenarioId(id))).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> scenarios.list(a.ws2Id(),
                new BaselineId(baseline2))).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> scenarios.adopted(a.ws2Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> scenarios.get(b.ws2Id(),
                new ScenarioId(id))).isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(scenarios.adopted(b.ws2Id())).isEmpty();
        fixtures.signIn(a.owner());
        // a scenario or baseline of another workspace of the same agency is not found either
        assertThatThrownBy(() -> scenarios.get(a.ws1Id(),
                new ScenarioId(id))).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> scenarios.create(a.ws1Id(), plusFifteen(baseline2, "X", LeverKind.VOLUME, List.of())))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(scenarios.list(a.ws1Id(), new BaselineId(baseline1))).isEmpty();
    }

    @Test
    void invalidScenariosAreRefusedAndStaleSavesDetected() {
        fixtures.signIn(a.manager());
        assertThatThrownBy(() -> scenarios.create(a.ws2Id(), plusFifteen(baseline2, "Bad", LeverKind.ONE_RATE,
                List.of(5)))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("steps"));
        long id = scenarios.create(a.ws2Id(), plusFifteen(baseline2, "Plan", LeverKind.ONE_RATE, List.of(0)));
        ScenarioData mine = scenarios.get(a.ws2Id(), new ScenarioId(id));
        fixtures.signIn(a.contributor());
        scenarios.update(a.ws2Id(), new ScenarioId(id), mine.form().withName("Theirs"), mine.version());
        fixtures.signIn(a.manager());
        assertThatThrownBy(() -> scenarios.update(a.ws2Id(), new ScenarioId(id), mine.form().withName("Mine"),
                mine.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(scenarios.get(a.ws2Id(), new ScenarioId(id)).name()).isEqualTo("Theirs");
    }

    @Test
    void thePageSolvesEveryScenarioAndGivesEditorsTheDefaultDraft() {
        fixtures.signIn(a.contributor());
        long id = scenarios.create(a.ws2Id(), plusFifteen(baseline2, "+15% customers", LeverKind.ONE_RATE, List.of(0)));

        ScenarioPage page = scenarios.page(a.ws2Id(), Optional.empty(), Optional.empty(), false, Locale.ENGLISH)
                .orElseThrow();
        assertThat(page.baseline().id()).isEqualTo(baseline2);
        assertThat(page.editable()).isTrue();
        assertThat(page.selected()).map(ScenarioData::id).contains(id);
        assertThat(page.scenarios()).singleElement().satisfies(c -> {
            assertThat(c.problem()).isEmpty();
            // 18 customers + 15 % = 20.7, planned as 21: the exact plan comes with it
            assertThat(c.solution().orElseThrow().result().feasible()).isTrue();
            assertThat(c.solution().orElseThrow().exact()).isPresent();
        });
        assertThat(page.form()).map(ScenarioForm::name).contains("+15% customers");

        ScenarioPage draft = scenarios.page(a.ws2Id(), Optional.of(new BaselineId(baseline2)), Optional.empty(), true,
                Locale.FRENCH)
                .orElseThrow();
        assertThat(draft.selected()).isEmpty();
        ScenarioForm form = draft.form().orElseThrow();
        assertThat(form.name()).isEqualTo("+15 % Customers"); // in the French wording
        assertThat(form.goalStage()).isEqualTo(5);
        assertThat(form.goalAmount()).isEqualByComparingTo("15");
        assertThat(form.periodStart()).isEqualTo(page.baseline().periodEnd().plusDays(1));
    }

    @Test
    void aScenarioThatNoLongerFitsItsBaselineIsReportedNotDropped() {
        fixtures.signIn(a.owner());
        long id = scenarios.create(a.ws2Id(), plusFifteen(baseline2, "+15% customers", LeverKind.ONE_RATE, List.of(0)));
        funnels.removeStage(a.ws2Id(), new StageId(funnels.stages(a.ws2Id()).getLast().id()));

        ScenarioPage page = scenarios.page(a.ws2Id(), Optional.of(new BaselineId(baseline2)),
                Optional.of(new ScenarioId(id)), false, Locale.ENGLISH)
                .orElseThrow();
        assertThat(page.scenarios()).singleElement().satisfies(c -> {
            assertThat(c.solution()).isEmpty();
            assertThat(c.problem()).map(InvalidInputException::messageKey).contains("scenario.error.goalStage");
        });
    }

    @Test
    void viewersGetNoDraftAndForeignIdsAreNotFound() {
        fixtures.signIn(a.owner());
        long baseline1 = FunnelTestData.workedExample(funnels, a.ws1());
        long inWs2 = scenarios.create(a.ws2Id(), plusFifteen(baseline2, "Other", LeverKind.ONE_RATE, List.of(0)));

        fixtures.signIn(a.client());
        ScenarioPage page = scenarios.page(a.ws1Id(), Optional.empty(), Optional.empty(), false, Locale.ENGLISH)
                .orElseThrow();
        assertThat(page.baseline().id()).isEqualTo(baseline1);
        assertThat(page.editable()).isFalse();
        assertThat(page.form()).isEmpty();
        // a scenario of another workspace, through this workspace's baseline: not found
        assertThatThrownBy(() -> scenarios.page(a.ws1Id(), Optional.of(new BaselineId(baseline1)),
                Optional.of(new ScenarioId(inWs2)), false,
                Locale.ENGLISH)).isInstanceOf(WorkspaceNotFoundException.class);
        // a workspace the client is not a member of, and another agency
        assertThatThrownBy(() -> scenarios.page(a.ws2Id(), Optional.empty(), Optional.empty(), false, Locale.ENGLISH))
                .isInstanceOf(WorkspaceNotFoundException.class);
        fixtures.signIn(b.owner());
        assertThatThrownBy(() -> scenarios.page(a.ws2Id(), Optional.of(new BaselineId(baseline2)), Optional.empty(),
                false,
                Locale.ENGLISH)).isInstanceOf(WorkspaceNotFoundException.class);
    }
}
