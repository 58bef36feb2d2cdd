package app.goalpost.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.shared.FieldConflict;
import app.goalpost.shared.MergeOutcome;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Field-level merge of scenario saves: the manager and the contributor of ws2 load the same scenario; the
 * contributor saves first, then the manager saves over it. Nothing is ever overwritten silently.
 */
@IntegrationTest
class ScenarioMergeTest {

    @Autowired Fixtures fixtures;
    @Autowired FunnelService funnels;
    @Autowired ScenarioService scenarios;
    @Autowired PlatformTransactionManager transactions;

    AgencyFixture a;
    AgencyFixture b;
    long baseline;
    ScenarioId id;
    ScenarioData loaded;

    @BeforeEach
    void scenario() {
        a = fixtures.agency("mergeA");
        b = fixtures.agency("mergeB");
        fixtures.signIn(a.owner());
        baseline = FunnelTestData.workedExample(funnels, a.ws2());
        id = new ScenarioId(scenarios.create(a.ws2Id(), ScenarioServiceTest.plusFifteen(baseline, "Plan",
                LeverKind.ONE_RATE, List.of(0))));
        loaded = scenarios.get(a.ws2Id(), id);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    /** The contributor saves first, from the same loaded form. */
    private void contributorSaves(ScenarioForm form) {
        fixtures.signIn(a.contributor());
        scenarios.update(a.ws2Id(), id, loaded.form(), form, loaded.version());
        fixtures.signIn(a.manager());
    }

    private static ScenarioForm goal(ScenarioForm f, String amount) {
        return new ScenarioForm(f.name(), f.baselineId(), f.goalKind(), f.goalStage(), new BigDecimal(amount),
                f.dealValue(), f.leverKind(), f.steps(), f.weights(), f.volumeShare(), f.ceilingMode(),
                f.periodStart(), f.periodEnd());
    }

    private static ScenarioForm end(ScenarioForm f, LocalDate end) {
        return new ScenarioForm(f.name(), f.baselineId(), f.goalKind(), f.goalStage(), f.goalAmount(),
                f.dealValue(), f.leverKind(), f.steps(), f.weights(), f.volumeShare(), f.ceilingMode(),
                f.periodStart(), end);
    }

    private ScenarioForm stored() {
        return scenarios.get(a.ws2Id(), id).form();
    }

    @Test
    void aSaveOnTheCurrentVersionIsWrittenAsTyped() {
        fixtures.signIn(a.manager());
        MergeOutcome outcome = scenarios.update(a.ws2Id(), id, loaded.form(), loaded.form().withName("Mine"),
                loaded.version());
        assertThat(outcome.takenFromTheirs()).isEmpty();
        assertThat(stored().name()).isEqualTo("Mine");
    }

    @Test
    void differentFieldsChangedByTwoPeopleAreBothKept() {
        contributorSaves(goal(loaded.form(), "20"));
        MergeOutcome outcome = scenarios.update(a.ws2Id(), id, loaded.form(),
                end(loaded.form().withName("Manager's name"), LocalDate.of(2027, 1, 31)), loaded.version());

        assertThat(outcome.takenFromTheirs()).containsExactly("goalAmount");
        ScenarioForm after = stored();
        assertThat(after.name()).isEqualTo("Manager's name");
        assertThat(after.periodEnd()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(after.goalAmount()).isEqualByComparingTo("20");
        assertThat(scenarios.get(a.ws2Id(), id).version()).isGreaterThan(loaded.version() + 1);
    }

    @Test
    void theSameFieldChangedToTheSameValueIsNoConflict() {
        contributorSaves(goal(loaded.form(), "20.00").withName("Agreed"));
        MergeOutcome outcome = scenarios.update(a.ws2Id(), id, loaded.form(), goal(loaded.form(), "20"),
                loaded.version());
        assertThat(outcome.takenFromTheirs()).containsExactly("name");
        assertThat(stored().goalAmount()).isEqualByComparingTo("20");
        assertThat(stored().name()).isEqualTo("Agreed");
    }

    @Test
    void theSameFieldChangedToDifferentValuesIsAConflictAndNothingIsWritten() {
        contributorSaves(goal(loaded.form(), "20").withName("Contributor's"));
        long version = scenarios.get(a.ws2Id(), id).version();

        ScenarioForm mine = end(goal(loaded.form(), "25"), LocalDate.of(2027, 1, 31));
        assertThatThrownBy(() -> scenarios.update(a.ws2Id(), id, loaded.form(), mine, loaded.version()))
                .isInstanceOfSatisfying(ScenarioConflictException.class, e -> {
                    assertThat(e.conflicts()).containsExactly(new FieldConflict("goalAmount", new BigDecimal("15"),
                            new BigDecimal("2E+1"), new BigDecimal("25")));
                    assertThat(e.currentVersion()).isEqualTo(version);
                    assertThat(e.takenFromTheirs()).containsExactly("name");
                });
        ScenarioData after = scenarios.get(a.ws2Id(), id);
        // neither my goal nor my (unconflicting) period end went in: a conflicting save writes nothing
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.form().goalAmount()).isEqualByComparingTo("20");
        assertThat(after.form().periodEnd()).isEqualTo(loaded.form().periodEnd());
        assertThat(after.name()).isEqualTo("Contributor's");
    }

    @Test
    void aConflictResolvedWithTheirsOrWithMineSavesTheChoiceAndTheRest() {
        contributorSaves(goal(loaded.form(), "20").withName("Contributor's"));
        ScenarioForm mine = end(goal(loaded.form(), "25").withName("Manager's"), LocalDate.of(2027, 1, 31));
        ScenarioConflictException conflict = catchConflict(loaded.form(), mine, loaded.version());
        assertThat(conflict.conflicts()).extracting(FieldConflict::field).containsExactly("name", "goalAmount");

        // theirs for the name, mine for the goal; the period end only I changed comes along
        ScenarioForm resolved = conflict.resolved(Set.of("goalAmount"));
        MergeOutcome outcome = scenarios.update(a.ws2Id(), id, conflict.theirs(), resolved,
                conflict.currentVersion());
        assertThat(outcome.takenFromTheirs()).isEmpty();
        ScenarioForm after = stored();
        assertThat(after.name()).isEqualTo("Contributor's");
        assertThat(after.goalAmount()).isEqualByComparingTo("25");
        assertThat(after.periodEnd()).isEqualTo(LocalDate.of(2027, 1, 31));
    }

    @Test
    void allTheirsKeepsTheStoredValues() {
        contributorSaves(goal(loaded.form(), "20"));
        ScenarioConflictException conflict = catchConflict(loaded.form(), goal(loaded.form(), "25"),
                loaded.version());
        scenarios.update(a.ws2Id(), id, conflict.theirs(), conflict.resolved(Set.of()), conflict.currentVersion());
        assertThat(stored().goalAmount()).isEqualByComparingTo("20");
    }

    @Test
    void aThirdSaveDuringTheResolutionIsMergedAgainOrConflictsAgain() {
        contributorSaves(goal(loaded.form(), "20"));
        ScenarioConflictException conflict = catchConflict(loaded.form(), goal(loaded.form(), "25"),
                loaded.version());
        // while the manager chooses, the owner changes the name, then the goal
        fixtures.signIn(a.owner());
        ScenarioData between = scenarios.get(a.ws2Id(), id);
        scenarios.update(a.ws2Id(), id, between.form(), between.form().withName("Owner's"), between.version());
        fixtures.signIn(a.manager());
        MergeOutcome outcome = scenarios.update(a.ws2Id(), id, conflict.theirs(),
                conflict.resolved(Set.of("goalAmount")), conflict.currentVersion());
        assertThat(outcome.takenFromTheirs()).containsExactly("name");
        assertThat(stored().name()).isEqualTo("Owner's");
        assertThat(stored().goalAmount()).isEqualByComparingTo("25");

        // the contributor changes the goal again; the manager's next goal conflicts with it
        fixtures.signIn(a.contributor());
        ScenarioData now = scenarios.get(a.ws2Id(), id);
        scenarios.update(a.ws2Id(), id, now.form(), goal(now.form(), "35"), now.version());
        fixtures.signIn(a.manager());
        ScenarioConflictException second = catchConflict(now.form(), goal(now.form(), "30"), now.version());
        assertThat(second.conflicts()).extracting(FieldConflict::field).containsExactly("goalAmount");
        // while the manager chooses "mine", the owner sets the goal to 40: asked again, never overwritten
        fixtures.signIn(a.owner());
        ScenarioData again = scenarios.get(a.ws2Id(), id);
        scenarios.update(a.ws2Id(), id, again.form(), goal(again.form(), "40"), again.version());
        fixtures.signIn(a.manager());
        ScenarioConflictException third = catchConflict(second.theirs(), second.resolved(Set.of("goalAmount")),
                second.currentVersion());
        assertThat(third.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("goalAmount");
            assertThat((BigDecimal) c.theirs()).isEqualByComparingTo("40");
            assertThat((BigDecimal) c.mine()).isEqualByComparingTo("30");
        });
        assertThat(stored().goalAmount()).isEqualByComparingTo("40");
    }

    /**
     * The merged save is still guarded by @Version: a save committed between the merge and its commit makes the
     * merged save fail at commit, and the save committed first stays.
     */
    @Test
    void aSaveCommittedWhileTheMergedSaveIsInFlightFailsItAtCommit() {
        contributorSaves(goal(loaded.form(), "20"));
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
            scenarios.update(a.ws2Id(), id, loaded.form(), loaded.form().withName("Manager's"), loaded.version());
            fixtures.signIn(a.owner());
            inner.executeWithoutResult(s -> {
                ScenarioData now = scenarios.get(a.ws2Id(), id);
                scenarios.update(a.ws2Id(), id, now.form(), now.form().withName("Owner's"), now.version());
            });
            fixtures.signIn(a.manager());
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(stored().name()).isEqualTo("Owner's");
        assertThat(stored().goalAmount()).isEqualByComparingTo("20");
    }

    @Test
    void aMergeNeverReadsOrWritesAnotherWorkspacesOrAgencysScenario() {
        contributorSaves(goal(loaded.form(), "20"));
        ScenarioForm mine = goal(loaded.form(), "25");
        // another workspace of the same agency: the manager edits ws1 but the scenario lives in ws2
        assertThatThrownBy(() -> scenarios.update(a.ws1Id(), id, loaded.form(), mine, loaded.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        // the contributor of ws2 is no member of ws1
        fixtures.signIn(a.contributor());
        assertThatThrownBy(() -> scenarios.update(a.ws1Id(), id, loaded.form(), mine, loaded.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        // a viewer of ws1 cannot edit, and cannot reach ws2
        fixtures.signIn(a.client());
        assertThatThrownBy(() -> scenarios.update(a.ws2Id(), id, loaded.form(), mine, loaded.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        // another agency, with its own workspace id or with ours
        fixtures.signIn(b.owner());
        assertThatThrownBy(() -> scenarios.update(b.ws2Id(), id, loaded.form(), mine, loaded.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> scenarios.update(a.ws2Id(), id, loaded.form(), mine, loaded.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        // a scenario of agency b's own workspace, saved with a's form and version, is b's alone
        long bBaseline = FunnelTestData.workedExample(funnels, b.ws2());
        ScenarioId bScenario = new ScenarioId(scenarios.create(b.ws2Id(), ScenarioServiceTest.plusFifteen(bBaseline,
                "B's plan", LeverKind.ONE_RATE, List.of(0))));
        assertThatThrownBy(() -> scenarios.update(b.ws2Id(), bScenario, loaded.form(), mine, loaded.version()))
                .isInstanceOf(app.goalpost.shared.InvalidInputException.class);
        assertThat(scenarios.get(b.ws2Id(), bScenario).name()).isEqualTo("B's plan");
        fixtures.signIn(a.owner());
        assertThat(stored().goalAmount()).isEqualByComparingTo("20");
        assertThat(scenarios.get(a.ws2Id(), id).version()).isEqualTo(loaded.version() + 1);
    }

    private ScenarioConflictException catchConflict(ScenarioForm base, ScenarioForm mine, long version) {
        try {
            scenarios.update(a.ws2Id(), id, base, mine, version);
        } catch (ScenarioConflictException e) {
            return e;
        }
        throw new AssertionError("expected a conflict");
    }
}
