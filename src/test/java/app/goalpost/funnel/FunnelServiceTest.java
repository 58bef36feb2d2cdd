package app.goalpost.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.goalpost.planning.funnel.BaselineMethod;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.support.Fixtures;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.IntegrationTest;
import app.goalpost.workspace.WorkspaceNotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Stages and baselines: roles, tenant isolation, validation before writing, optimistic locking. */
@IntegrationTest
class FunnelServiceTest {

    @Autowired Fixtures fixtures;
    @Autowired FunnelService funnels;
    @Autowired Clock clock;

    AgencyFixture a;
    AgencyFixture b;
    long baselineA;

    @BeforeEach
    void agencies() {
        a = fixtures.agency("funnelA");
        b = fixtures.agency("funnelB");
        fixtures.signIn(a.owner());
        baselineA = FunnelTestData.workedExample(funnels, a.ws1());
        Fixtures.signOut();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void defaultStagesAreTheB2bLifecycleWithBenchmarkKeys() {
        fixtures.signIn(a.manager());
        funnels.useDefaultStages(a.ws2Id());
        assertThat(funnels.stages(a.ws2Id())).extracting(StageInfo::name)
                .containsExactly("Website visitors", "Leads", "MQL", "SQL", "Opportunities", "Customers");
        assertThat(funnels.stages(a.ws2Id())).extracting(s -> s.benchmarkKey().orElseThrow())
                .containsExactly("visitor", "lead", "mql", "sql", "opportunity", "customer");
        assertThatThrownBy(() -> funnels.useDefaultStages(a.ws2Id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void stagesCanBeAddedRenamedReorderedAndRemoved() {
        fixtures.signIn(a.owner());
        long extra = funnels.addStage(a.ws1Id(), "Demo booked", "demo");
        StageInfo added = funnels.stages(a.ws1Id()).getLast();
        assertThat(added.id()).isEqualTo(extra);
        funnels.renameStage(a.ws1Id(), new StageId(extra), "Demos", "demo", added.version());
        funnels.moveStage(a.ws1Id(), new StageId(extra), -1);
        assertThat(funnels.stages(a.ws1Id())).extracting(StageInfo::name).containsExactly("Website visitors", "Leads",
                "MQL", "SQL", "Opportunities", "Demos", "Customers");
        assertThatThrownBy(() -> funnels.addStage(a.ws1Id(), "leads", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> funnels.addStage(a.ws1Id(), "Trials", "Not A Key!"))
                .isInstanceOf(InvalidInputException.class);
        funnels.removeStage(a.ws1Id(), new StageId(extra));
        assertThat(funnels.baseline(a.ws1Id(), new BaselineId(baselineA)).rows()).hasSize(6);
    }

    @Test
    void theWorkedExampleIsStoredAndReadBackAsTheCurrentBaseline() {
        fixtures.signIn(a.client());
        BaselineData data = funnels.currentBaseline(a.ws1Id()).orElseThrow();
        assertThat(data.id()).isEqualTo(baselineA);
        assertThat(data.rows()).extracting(r -> r.volume().longValue()).containsExactly(20_000L, 600L, 150L, 90L,
                45L, 18L);
        assertThat(data.rows().getFirst().spend()).contains(new BigDecimal("10000.00"));
    }

    @Test
    void anotherAgencyNeverSeesStagesOrBaselines() {
        fixtures.signIn(b.owner());
        assertThatThrownBy(() -> funnels.stages(a.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> funnels.baselines(a.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> funnels.currentBaseline(a.ws1Id())).isInstanceOf(WorkspaceNotFoundException.class);
        // B's own workspace with A's baseline id: looked up inside the workspace, so not found either
        assertThatThrownBy(() -> funnels.baseline(b.ws1Id(),
                new BaselineId(baselineA))).isInstanceOf(WorkspaceNotFoundException.class);
        assertThat(funnels.stages(b.ws1Id())).isEmpty();
        assertThat(funnels.baselines(b.ws1Id())).isEmpty();
        assertThat(funnels.currentBaseline(b.ws1Id())).isEmpty();
    }

    @Test
    void foreignBaselineIdsInsideTheSameAgencyAreNotFound() {
        fixtures.signIn(a.owner());
        assertThatThrownBy(() -> funnels.baseline(a.ws2Id(),
                new BaselineId(baselineA))).isInstanceOf(WorkspaceNotFoundException.class);
        assertThatThrownBy(() -> funnels.markCurrent(a.ws2Id(), new BaselineId(baselineA)))
                .isInstanceOf(WorkspaceNotFoundException.class);
    }

    @Test
    void onlyStaffWithAccessEditBaselines() {
        fixtures.signIn(a.client());
        BaselineData data = funnels.baseline(a.ws1Id(), new BaselineId(baselineA));
        assertThatThrownBy(() -> funnels.saveBaseline(a.ws1Id(), new BaselineId(baselineA), data.toForm(),
                data.version()))
                .isInstanceOf(AuthorizationDeniedException.class);
        fixtures.signIn(a.contributor());
        assertThatThrownBy(() -> funnels.useDefaultStages(a.ws2Id())).isInstanceOf(AuthorizationDeniedException.class);
        fixtures.signIn(a.manager());
        assertThatThrownBy(() -> funnels.useDefaultStages(a.ws3Id())).isInstanceOf(WorkspaceNotFoundException.class);
        funnels.saveBaseline(a.ws1Id(), new BaselineId(baselineA), data.toForm(), data.version());
    }

    @Test
    void anInvalidRowWritesNothing() {
        fixtures.signIn(a.owner());
        BaselineData before = funnels.baseline(a.ws1Id(), new BaselineId(baselineA));
        List<BaselineRow> rows = new ArrayList<>(before.rows());
        rows.set(1, new BaselineRow(rows.get(1).stageId(), "Leads", Optional.of("lead"), new BigDecimal("700"),
                Optional.empty()));
        rows.set(3, new BaselineRow(rows.get(3).stageId(), "SQL", Optional.of("sql"), new BigDecimal("-1"),
                Optional.empty()));
        BaselineForm bad = new BaselineForm("Changed", before.method(), before.periodStart(), before.periodEnd(),
                Optional.empty(), Optional.empty(), rows);
        assertThatThrownBy(() -> funnels.saveBaseline(a.ws1Id(), new BaselineId(baselineA), bad, before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("volume"));
        BaselineData after = funnels.baseline(a.ws1Id(), new BaselineId(baselineA));
        assertThat(after).isEqualTo(before);
    }

    @Test
    void aConcurrentSaveIsDetectedAndTheSecondIsRefused() {
        fixtures.signIn(a.owner());
        BaselineData first = funnels.baseline(a.ws1Id(), new BaselineId(baselineA));
        fixtures.signIn(a.manager());
        BaselineData second = funnels.baseline(a.ws1Id(), new BaselineId(baselineA));
        fixtures.signIn(a.owner());
        List<BaselineRow> rows = new ArrayList<>(first.rows());
        rows.set(5, new BaselineRow(rows.get(5).stageId(), "Customers", Optional.of("customer"), BigDecimal.valueOf(19),
                Optional.empty()));
        funnels.saveBaseline(a.ws1Id(), new BaselineId(baselineA), withRows(first, rows), first.version());
        fixtures.signIn(a.manager());
        assertThatThrownBy(() -> funnels.saveBaseline(a.ws1Id(), new BaselineId(baselineA), second.toForm(),
                second.version()))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(funnels.baseline(a.ws1Id(),
                new BaselineId(baselineA)).rows().get(5).volume()).isEqualByComparingTo("19");
    }

    @Test
    void markingAnotherBaselineCurrentUnmarksTheFirst() {
        fixtures.signIn(a.owner());
        long other = funnels.createBaseline(a.ws1Id(), FunnelTestData.form(funnels.stages(a.ws1Id()), "Q2 2026"));
        assertThat(funnels.baseline(a.ws1Id(), new BaselineId(other)).current()).isFalse();
        funnels.markCurrent(a.ws1Id(), new BaselineId(other));
        assertThat(funnels.baselines(a.ws1Id())).filteredOn(BaselineSummary::current).extracting(BaselineSummary::id)
                .containsExactly(other);
    }

    private static BaselineForm withRows(BaselineData data, List<BaselineRow> rows) {
        return new BaselineForm(data.name(), data.method(), data.periodStart(), data.periodEnd(), data.benchmarkSet(),
                data.budget(), rows);
    }

    @Test
    void thePageRecommendsTheMethodOfTheCompanyStageAndDraftsItsQuarter() {
        fixtures.signIn(a.owner());
        funnels.useDefaultStages(a.ws3Id()); // ESTABLISHED, no baseline yet
        FunnelPage page = funnels.page(a.ws3Id(), Optional.empty(), false, java.util.Locale.ENGLISH);
        assertThat(page.recommended()).isEqualTo(BaselineMethod.SAME_PERIOD_LAST_YEAR);
        assertThat(page.baseline()).isEmpty();
        BaselineForm draft = page.form().orElseThrow();
        assertThat(draft.method()).isEqualTo(BaselineMethod.SAME_PERIOD_LAST_YEAR);
        LocalDate today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Paris")));
        // the same quarter one year earlier, every stage at 0
        assertThat(draft.periodStart()).isBefore(today.minusMonths(9));
        assertThat(draft.periodEnd()).isAfterOrEqualTo(draft.periodStart().plusMonths(3).minusDays(1));
        assertThat(draft.rows()).hasSize(6).allSatisfy(r -> assertThat(r.volume()).isZero());
        assertThat(draft.name()).startsWith("Baseline ");

        // ws1 (STARTUP) has a current baseline: the page shows it, and "new" gives the startup's draft
        FunnelPage ws1 = funnels.page(a.ws1Id(), Optional.empty(), false, java.util.Locale.ENGLISH);
        assertThat(ws1.baseline()).map(BaselineData::id).contains(baselineA);
        assertThat(ws1.form()).map(BaselineForm::name).contains("Q3 2026");
        FunnelPage fresh = funnels.page(a.ws1Id(), Optional.of(new BaselineId(baselineA)), true,
                java.util.Locale.ENGLISH);
        assertThat(fresh.baseline()).isEmpty();
        assertThat(fresh.form().orElseThrow().method()).isEqualTo(BaselineMethod.BENCHMARKS_AND_BUDGET);
        assertThat(fresh.editable()).isTrue();
    }

    @Test
    void readersGetNoDraftAndForeignPagesAreNotFound() {
        fixtures.signIn(a.owner());
        funnels.useDefaultStages(a.ws3Id());
        fixtures.signIn(a.client()); // viewer of ws1 only
        FunnelPage page = funnels.page(a.ws1Id(), Optional.empty(), true, java.util.Locale.ENGLISH);
        assertThat(page.editable()).isFalse();
        assertThat(page.form()).isEmpty();
        assertThatThrownBy(() -> funnels.page(a.ws3Id(), Optional.empty(), false, java.util.Locale.ENGLISH))
                .isInstanceOf(WorkspaceNotFoundException.class);
        fixtures.signIn(b.owner());
        assertThatThrownBy(() -> funnels.page(a.ws1Id(), Optional.empty(), false, java.util.Locale.ENGLISH))
                .isInstanceOf(WorkspaceNotFoundException.class);
        long other = FunnelTestData.workedExample(funnels, b.ws1());
        fixtures.signIn(a.owner());
        assertThatThrownBy(() -> funnels.page(a.ws1Id(), Optional.of(new BaselineId(other)), false,
                java.util.Locale.ENGLISH))
                .isInstanceOf(WorkspaceNotFoundException.class);
    }

    /** A huge whole number is refused as too large, not as "up to 4 decimals"; nothing is written. */
    @Test
    void aHugeVolumeIsRefusedAsTooLarge() {
        fixtures.signIn(a.owner());
        BaselineData before = funnels.baseline(a.ws1Id(), new BaselineId(baselineA));
        List<BaselineRow> rows = new ArrayList<>(before.rows());
        BaselineRow leads = rows.get(1);
        rows.set(1, new BaselineRow(leads.stageId(), leads.stageName(), leads.stageKey(),
                new BigDecimal("99999999999999999999"), leads.spend()));
        BaselineForm form = before.toForm();
        BaselineForm huge = new BaselineForm(form.name(), form.method(), form.periodStart(), form.periodEnd(),
                form.benchmarkSet(), form.budget(), rows);
        assertThatThrownBy(() -> funnels.saveBaseline(a.ws1Id(), new BaselineId(baselineA), huge, before.version()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("baseline.error.volumeTooLarge");
                    assertThat(e.args()).containsExactly("Leads");
                });
        assertThat(funnels.baseline(a.ws1Id(),
                new BaselineId(baselineA)).rows().get(1).volume()).isEqualByComparingTo("600");
    }
}
