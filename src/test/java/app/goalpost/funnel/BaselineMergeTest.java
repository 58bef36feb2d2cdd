package app.goalpost.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.shared.FieldConflict;
import app.goalpost.shared.MergeOutcome;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Field-level merge of baseline saves (header fields and each stage's volume and spend): the owner and the
 * manager of ws1 load the same baseline; the owner saves first, then the manager saves over it.
 */
@IntegrationTest
class BaselineMergeTest {

    @Autowired Fixtures fixtures;
    @Autowired FunnelService funnels;
    @Autowired PlatformTransactionManager transactions;

    AgencyFixture a;
    AgencyFixture b;
    BaselineId id;
    BaselineData loaded;

    @BeforeEach
    void baseline() {
        a = fixtures.agency("bmergeA");
        b = fixtures.agency("bmergeB");
        fixtures.signIn(a.owner());
        id = new BaselineId(FunnelTestData.workedExample(funnels, a.ws1()));
        loaded = funnels.baseline(a.ws1Id(), id);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    private static BaselineForm volume(BaselineForm f, int row, String volume) {
        List<BaselineRow> rows = new ArrayList<>(f.rows());
        BaselineRow r = rows.get(row);
        rows.set(row, new BaselineRow(r.stageId(), r.stageName(), r.stageKey(), new BigDecimal(volume), r.spend()));
        return new BaselineForm(f.name(), f.method(), f.periodStart(), f.periodEnd(), f.benchmarkSet(), f.budget(),
                rows);
    }

    private static BaselineForm named(BaselineForm f, String name) {
        return new BaselineForm(name, f.method(), f.periodStart(), f.periodEnd(), f.benchmarkSet(), f.budget(),
                f.rows());
    }

    private long stage(int row) {
        return loaded.rows().get(row).stageId();
    }

    private void ownerSaves(BaselineForm form) {
        fixtures.signIn(a.owner());
        funnels.saveBaseline(a.ws1Id(), id, loaded.toForm(), form, loaded.version());
        fixtures.signIn(a.manager());
    }

    private BaselineData stored() {
        return funnels.baseline(a.ws1Id(), id);
    }

    private BaselineConflictException catchConflict(BaselineForm base, BaselineForm mine, long version) {
        try {
            funnels.saveBaseline(a.ws1Id(), id, base, mine, version);
        } catch (BaselineConflictException e) {
            return e;
        }
        throw new AssertionError("expected a conflict");
    }

    @Test
    void differentCellsAndHeaderFieldsChangedByTwoPeopleAreBothKept() {
        ownerSaves(named(volume(loaded.toForm(), 1, "700"), "Owner's Q3"));
        BaselineForm mine = new BaselineForm(loaded.name(), loaded.method(), loaded.periodStart(),
                LocalDate.of(2026, 9, 29), loaded.benchmarkSet(), loaded.budget(), volume(loaded.toForm(), 5, "19")
                        .rows());
        MergeOutcome outcome = funnels.saveBaseline(a.ws1Id(), id, loaded.toForm(), mine, loaded.version());

        assertThat(outcome.takenFromTheirs()).containsExactly("name", "stage." + stage(1) + ".volume");
        BaselineData after = stored();
        assertThat(after.name()).isEqualTo("Owner's Q3");
        assertThat(after.periodEnd()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(after.rows().get(1).volume()).isEqualByComparingTo("700");
        assertThat(after.rows().get(5).volume()).isEqualByComparingTo("19");
        assertThat(after.rows().get(0).spend()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("10000"));
    }

    @Test
    void theSameCellChangedToTheSameValueIsNoConflict() {
        ownerSaves(volume(loaded.toForm(), 1, "700"));
        MergeOutcome outcome = funnels.saveBaseline(a.ws1Id(), id, loaded.toForm(),
                volume(loaded.toForm(), 1, "700.00"), loaded.version());
        assertThat(outcome.takenFromTheirs()).isEmpty();
        assertThat(stored().rows().get(1).volume()).isEqualByComparingTo("700");
    }

    @Test
    void theSameCellChangedToDifferentValuesIsAConflictAndNothingIsWritten() {
        ownerSaves(volume(loaded.toForm(), 1, "700"));
        BaselineData before = stored();
        BaselineForm mine = named(volume(loaded.toForm(), 1, "650"), "Manager's Q3");
        assertThatThrownBy(() -> funnels.saveBaseline(a.ws1Id(), id, loaded.toForm(), mine, loaded.version()))
                .isInstanceOfSatisfying(BaselineConflictException.class, e -> {
                    assertThat(e.conflicts()).singleElement().satisfies(c -> {
                        assertThat(c.field()).isEqualTo("stage." + stage(1) + ".volume");
                        assertThat((BigDecimal) c.base()).isEqualByComparingTo("600");
                        assertThat((BigDecimal) c.theirs()).isEqualByComparingTo("700");
                        assertThat((BigDecimal) c.mine()).isEqualByComparingTo("650");
                    });
                    assertThat(BaselineConflictException.stageOf(e.conflicts().getFirst().field()))
                            .contains(new StageId(stage(1)));
                    assertThat(e.currentVersion()).isEqualTo(before.version());
                });
        // the name only I changed is not written either, and the version did not move
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aConflictResolvedWithMineOrTheirsSavesTheChoice() {
        ownerSaves(volume(volume(loaded.toForm(), 1, "700"), 2, "160"));
        BaselineForm mine = volume(volume(loaded.toForm(), 1, "650"), 2, "170");
        BaselineConflictException conflict = catchConflict(loaded.toForm(), mine, loaded.version());
        assertThat(conflict.conflicts()).extracting(FieldConflict::field)
                .containsExactly("stage." + stage(1) + ".volume", "stage." + stage(2) + ".volume");
        funnels.saveBaseline(a.ws1Id(), id, conflict.theirs(),
                conflict.resolved(Set.of("stage." + stage(1) + ".volume")), conflict.currentVersion());
        assertThat(stored().rows().get(1).volume()).isEqualByComparingTo("650");
        assertThat(stored().rows().get(2).volume()).isEqualByComparingTo("160");
    }

    @Test
    void aThirdSaveDuringTheResolutionIsMergedAgainOrConflictsAgain() {
        ownerSaves(volume(loaded.toForm(), 1, "700"));
        BaselineConflictException conflict = catchConflict(loaded.toForm(), volume(loaded.toForm(), 1, "650"),
                loaded.version());
        // the admin saves another cell while the manager chooses: merged in
        fixtures.signIn(a.admin());
        BaselineData between = stored();
        funnels.saveBaseline(a.ws1Id(), id, between.toForm(), volume(between.toForm(), 4, "50"), between.version());
        fixtures.signIn(a.manager());
        String leads = "stage." + stage(1) + ".volume";
        MergeOutcome outcome = funnels.saveBaseline(a.ws1Id(), id, conflict.theirs(), conflict.resolved(Set.of(leads)),
                conflict.currentVersion());
        assertThat(outcome.takenFromTheirs()).containsExactly("stage." + stage(4) + ".volume");
        assertThat(stored().rows().get(1).volume()).isEqualByComparingTo("650");
        assertThat(stored().rows().get(4).volume()).isEqualByComparingTo("50");

        // the owner changes Leads again; the manager's choice of "mine" conflicts with the admin's next save
        fixtures.signIn(a.owner());
        BaselineData now = stored();
        funnels.saveBaseline(a.ws1Id(), id, now.toForm(), volume(now.toForm(), 1, "720"), now.version());
        fixtures.signIn(a.manager());
        BaselineConflictException second = catchConflict(now.toForm(), volume(now.toForm(), 1, "640"), now.version());
        fixtures.signIn(a.admin());
        BaselineData again = stored();
        funnels.saveBaseline(a.ws1Id(), id, again.toForm(), volume(again.toForm(), 1, "730"), again.version());
        fixtures.signIn(a.manager());
        BaselineConflictException third = catchConflict(second.theirs(), second.resolved(Set.of(leads)),
                second.currentVersion());
        assertThat(third.conflicts()).singleElement().satisfies(c -> {
            assertThat((BigDecimal) c.theirs()).isEqualByComparingTo("730");
            assertThat((BigDecimal) c.mine()).isEqualByComparingTo("640");
        });
        assertThat(stored().rows().get(1).volume()).isEqualByComparingTo("730");
    }

    @Test
    void aSaveCommittedWhileTheMergedSaveIsInFlightFailsItAtCommit() {
        ownerSaves(volume(loaded.toForm(), 1, "700"));
        TransactionTemplate outer = new TransactionTemplate(transactions);
        TransactionTemplate inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
            funnels.saveBaseline(a.ws1Id(), id, loaded.toForm(), named(loaded.toForm(), "Manager's"),
                    loaded.version());
            fixtures.signIn(a.owner());
            inner.executeWithoutResult(s -> {
                BaselineData now = stored();
                funnels.saveBaseline(a.ws1Id(), id, now.toForm(), named(now.toForm(), "Owner's"), now.version());
            });
            fixtures.signIn(a.manager());
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(stored().name()).isEqualTo("Owner's");
        assertThat(stored().rows().get(1).volume()).isEqualByComparingTo("700");
    }

    @Test
    void aMergeNeverReadsOrWritesAnotherWorkspacesOrAgencysBaseline() {
        ownerSaves(volume(loaded.toForm(), 1, "700"));
        long version = stored().version();
        BaselineForm mine = volume(loaded.toForm(), 1, "650");
        // the manager's other workspace: the baseline lives in ws1
        assertThatThrownBy(() -> funnels.saveBaseline(a.ws2Id(), id, loaded.toForm(), mine, loaded.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        // a client (even of ws1) never saves a baseline
        fixtures.signIn(a.client());
        assertThatThrownBy(() -> funnels.saveBaseline(a.ws1Id(), id, loaded.toForm(), mine, loaded.version()))
                .isInstanceOf(AuthorizationDeniedException.class);
        fixtures.signIn(b.owner());
        assertThatThrownBy(() -> funnels.saveBaseline(b.ws1Id(), id, loaded.toForm(), mine, loaded.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> funnels.saveBaseline(a.ws1Id(), id, loaded.toForm(), mine, loaded.version()))
                .isInstanceOf(WorkspaceNotFoundException.class);
        // b's own baseline saved with a's rows (a's stage ids): refused, b's figures untouched
        BaselineId own = new BaselineId(FunnelTestData.workedExample(funnels, b.ws1()));
        BaselineData ownBefore = funnels.baseline(b.ws1Id(), own);
        assertThatThrownBy(() -> funnels.saveBaseline(b.ws1Id(), own, loaded.toForm(), mine, ownBefore.version()))
                .isInstanceOf(app.goalpost.shared.InvalidInputException.class);
        assertThatThrownBy(() -> funnels.saveBaseline(b.ws1Id(), own, loaded.toForm(), mine,
                ownBefore.version() + 7)).isInstanceOf(app.goalpost.shared.InvalidInputException.class);
        assertThat(funnels.baseline(b.ws1Id(), own)).isEqualTo(ownBefore);
        fixtures.signIn(a.owner());
        assertThat(stored().rows().get(1).volume()).isEqualByComparingTo("700");
        assertThat(stored().version()).isEqualTo(version);
    }

}
