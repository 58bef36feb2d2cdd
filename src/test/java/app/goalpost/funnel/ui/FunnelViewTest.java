package app.goalpost.funnel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineForm;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.funnel.BaselineId;
import app.goalpost.funnel.BaselineSheets;
import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.shared.sheet.SheetFile;
import app.goalpost.shared.ui.SheetImportDialog;
import app.goalpost.shared.ui.MergeDialog;
import app.goalpost.support.ChartOptions;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.shell.NotFoundView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The funnel baseline page per role, the worked example typed into the grid, import, and concurrent saves. */
@UiTest
class FunnelViewTest extends KaribuSupport {

    @Autowired FunnelService funnels;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("funnelui");
    }

    @Test
    void theWorkedExampleTypedIntoTheGridGivesTheMethodRates() {
        signIn(f.manager());
        navigate("w/" + f.ws2() + "/funnel");
        assertThat(_get(Paragraph.class, spec -> spec.withId("method-recommendation")).getText())
                .contains("Previous month or quarter").contains("seasonality");
        _click(_get(Button.class, spec -> spec.withId("use-default-stages")));
        BaselineGrid grid = _get(BaselineGrid.class);
        long[] volumes = FunnelTestData.VOLUMES;
        for (int i = 0; i < volumes.length; i++) {
            edit(grid, i);
            grid.volumeEditor().setDecimal(BigDecimal.valueOf(volumes[i]));
            if (i == 0) {
                grid.spendEditor().setDecimal(new BigDecimal("10000"));
            }
        }
        _get(TextField.class, spec -> spec.withId("baseline-name")).setValue("Q3 2026");
        _click(_get(Button.class, spec -> spec.withId("save-baseline")));

        BaselineData saved = funnels.currentBaseline(f.ws2Id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("Q3 2026");
        assertThat(saved.rows()).extracting(r -> r.volume().longValue()).containsExactly(20_000L, 600L, 150L, 90L,
                45L, 18L);
        grid = _get(BaselineGrid.class);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("3%", "€0.50", "97%");
        assertThat(GridKt._getFormattedRow(grid, 1)).contains("25%", "75%");
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("60%");
        assertThat(_get(Paragraph.class, spec -> spec.withId("funnel-totals")).getText()).contains("€10,000.00")
                .contains("€555.56");
        assertThat(ChartOptions.lastSent(_get(app.goalpost.shared.ui.EChart.class, spec -> spec.withId("funnel-chart"))))
                .contains("\"type\":\"funnel\"").contains("Customers: 18 (40%)");
    }

    @Test
    void warningsAppearNextToTheRowsAsTheFiguresChange() {
        signIn(f.owner());
        long id = FunnelTestData.workedExample(funnels, f.ws1());
        navigate("w/" + f.ws1() + "/funnel/" + id);
        BaselineGrid grid = _get(BaselineGrid.class);
        edit(grid, 2);
        grid.volumeEditor().setDecimal(BigDecimal.ZERO);
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("–");
        assertThat(grid.funnel().orElseThrow().warnings()).isNotEmpty();
        edit(grid, 3);
        grid.volumeEditor().setDecimal(new BigDecimal("200"));
        edit(grid, 2);
        grid.volumeEditor().setDecimal(new BigDecimal("150"));
        assertThat(GridKt._getFormattedRow(grid, 2)).contains("133.33%");
        assertThat(GridKt._getFormattedRow(grid, 2).toString()).contains("above 100%");
        // nothing is saved until the user saves
        assertThat(funnels.baseline(f.ws1Id(), new BaselineId(id)).rows().get(3).volume()).isEqualByComparingTo("90");
    }

    @Test
    void clientViewersAndContributorsReadButCannotEdit() {
        signIn(f.owner());
        FunnelTestData.workedExample(funnels, f.ws1());
        FunnelTestData.workedExample(funnels, f.ws2());
        signIn(f.client());
        navigate("w/" + f.ws1() + "/funnel");
        assertThat(GridKt._size(_get(BaselineGrid.class))).isEqualTo(6);
        assertThat(_find(Button.class, spec -> spec.withId("save-baseline"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("import-baseline"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("add-stage"))).isEmpty();
        assertThat(_get(BaselineGrid.class).getEditor().getBinder()).isNull();
        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/funnel");
        assertThat(_find(Button.class, spec -> spec.withId("save-baseline"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("new-baseline"))).isEmpty();
    }

    @Test
    void otherWorkspacesAgenciesAndForeignBaselineIdsAreNotFound() {
        signIn(f.owner());
        long ws1Baseline = FunnelTestData.workedExample(funnels, f.ws1());
        FunnelTestData.workedExample(funnels, f.ws2());
        AgencyFixture other = fixtures.agency("funnelother");
        signIn(f.client());
        navigate("w/" + f.ws2() + "/funnel");
        _get(NotFoundView.class);
        navigate("w/" + f.ws2() + "/levers");
        _get(NotFoundView.class);
        signIn(f.owner());
        navigate("w/" + f.ws2() + "/funnel/" + ws1Baseline);
        _get(NotFoundView.class);
        navigate("w/" + f.ws1() + "/funnel/not-a-number");
        _get(NotFoundView.class);
        signIn(other.owner());
        navigate("w/" + f.ws1() + "/funnel");
        _get(NotFoundView.class);
        navigate("w/" + other.ws1() + "/funnel/" + ws1Baseline);
        _get(NotFoundView.class);
    }

    @Test
    void aMalformedImportShowsCellProblemsAndWritesNothing() {
        signIn(f.owner());
        long id = FunnelTestData.workedExample(funnels, f.ws1());
        BaselineData before = funnels.baseline(f.ws1Id(), new BaselineId(id));
        navigate("w/" + f.ws1() + "/funnel/" + id);
        _click(_get(Button.class, spec -> spec.withId("import-baseline")));
        SheetImportDialog<?> dialog = _get(SheetImportDialog.class);
        receive(dialog, "bad.csv", ("Stage,Website visitors,Leads,MQL,SQL,Opportunities,Customers\n"
                + "Volume,20000,six hundred,150,-90,45,18\n").getBytes(StandardCharsets.UTF_8));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-problems")).getElement().getTextRecursively())
                .contains("C2: six hundred is not a number").contains("E2: -90 is negative");
        assertThat(dialog.confirmButton().isEnabled()).isFalse();
        receive(dialog, "broken.xlsx", "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-problems")).getElement().getTextRecursively())
                .contains("cannot be read");
        assertThat(dialog.confirmButton().isEnabled()).isFalse();
        receive(dialog, "partial.csv", "Stage,Volume\nLeads,600\nMQL,150\n".getBytes(StandardCharsets.UTF_8));
        assertThat(_get(UnorderedList.class, spec -> spec.withId("import-problems")).getElement().getTextRecursively())
                .contains("Website visitors is missing");
        assertThat(dialog.confirmButton().isEnabled()).isFalse();
        dialog.close();
        assertThat(funnels.baseline(f.ws1Id(), new BaselineId(id))).isEqualTo(before);
        assertThat(funnels.baselines(f.ws1Id())).hasSize(1);
    }

    @Test
    void anExportedFileImportsBackWithStagesAsRowsOrColumns() {
        signIn(f.owner());
        long id = FunnelTestData.workedExample(funnels, f.ws1());
        BaselineData data = funnels.baseline(f.ws1Id(), new BaselineId(id));
        navigate("w/" + f.ws1() + "/funnel/" + id);
        _click(_get(Button.class, spec -> spec.withId("import-baseline")));
        SheetImportDialog<?> dialog = _get(SheetImportDialog.class);
        String rows = "Stage;Volume;Spend\nWebsite visitors;21 000;10 500,50\nleads;630;\nMQL;150;\nSQL;90;\n"
                + "Opportunities;45;\nCustomers;18;\n";
        receive(dialog, "rows.csv", rows.getBytes(StandardCharsets.UTF_8));
        assertThat(dialog.confirmButton().isEnabled()).isTrue();
        confirm(dialog);
        BaselineData after = funnels.baseline(f.ws1Id(), new BaselineId(id));
        assertThat(after.rows().getFirst().volume()).isEqualByComparingTo("21000");
        assertThat(after.rows().getFirst().spend()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("10500.50"));
        assertThat(after.rows().get(1).volume()).isEqualByComparingTo("630");

        _click(_get(Button.class, spec -> spec.withId("import-baseline")));
        dialog = _get(SheetImportDialog.class);
        receive(dialog, "export.xlsx", BaselineSheets.xlsx(data));
        assertThat(dialog.confirmButton().isEnabled()).isTrue();
        confirm(dialog);
        assertThat(funnels.baseline(f.ws1Id(), new BaselineId(id)).rows()).extracting(r -> r.volume().longValue())
                .containsExactly(20_000L, 600L, 150L, 90L, 45L, 18L);
    }

    @Test
    void aConcurrentSaveOfOtherFieldsIsMergedAndTheNoteNamesThem() {
        signIn(f.owner());
        long id = FunnelTestData.workedExample(funnels, f.ws1());
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/funnel/" + id);
        BaselineGrid grid = _get(BaselineGrid.class);
        edit(grid, 5);
        grid.volumeEditor().setDecimal(new BigDecimal("25"));

        // meanwhile the owner renames the same baseline
        signIn(f.owner());
        BaselineData theirs = funnels.baseline(f.ws1Id(), new BaselineId(id));
        funnels.saveBaseline(f.ws1Id(), new BaselineId(id), FunnelTestData.form(funnels.stages(f.ws1Id()), "Owner's"),
                theirs.version());
        signIn(f.manager());

        _click(_get(Button.class, spec -> spec.withId("save-baseline")));
        assertThat(_find(MergeDialog.class)).isEmpty();
        Notification note = NotificationsKt.getNotifications().stream()
                .filter(n -> "merge-note".equals(n.getId().orElse(""))).findFirst().orElseThrow();
        assertThat(note.getElement().getProperty("text", "")).contains("someone else's changes to: Name");
        assertThat(funnels.baseline(f.ws1Id(), new BaselineId(id)).name()).isEqualTo("Owner's");
        assertThat(funnels.baseline(f.ws1Id(), new BaselineId(id)).rows().get(5).volume()).isEqualByComparingTo("25");
        // the page shows the merged baseline
        assertThat(_get(TextField.class, spec -> spec.withId("baseline-name")).getValue()).isEqualTo("Owner's");
    }

    @Test
    void theSameCellSavedByTwoPeopleAsksTheirsOrYoursAndSavesTheChoice() {
        signIn(f.owner());
        long id = FunnelTestData.workedExample(funnels, f.ws1());
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/funnel/" + id);
        BaselineGrid grid = _get(BaselineGrid.class);
        edit(grid, 1);
        grid.volumeEditor().setDecimal(new BigDecimal("650"));
        edit(grid, 5);
        grid.volumeEditor().setDecimal(new BigDecimal("25"));
        _get(TextField.class, spec -> spec.withId("baseline-name")).setValue("Manager's");

        signIn(f.owner());
        BaselineData theirs = funnels.baseline(f.ws1Id(), new BaselineId(id));
        List<BaselineRow> rows = new java.util.ArrayList<>(theirs.rows());
        for (int i : new int[] {1, 5}) {
            BaselineRow r = rows.get(i);
            rows.set(i, new BaselineRow(r.stageId(), r.stageName(), r.stageKey(), new BigDecimal(i == 1 ? "700" : "30"),
                    r.spend()));
        }
        funnels.saveBaseline(f.ws1Id(), new BaselineId(id), new BaselineForm("Owner's", theirs.method(),
                theirs.periodStart(), theirs.periodEnd(), theirs.benchmarkSet(), theirs.budget(), rows),
                theirs.version());
        signIn(f.manager());

        _click(_get(Button.class, spec -> spec.withId("save-baseline")));
        MergeDialog dialog = _get(MergeDialog.class);
        String leads = "stage-" + theirs.rows().get(1).stageId() + "-volume";
        String customers = "stage-" + theirs.rows().get(5).stageId() + "-volume";
        assertThat(_get(Span.class, spec -> spec.withId("merge-label-name")).getText()).isEqualTo("Name");
        assertThat(_get(Span.class, spec -> spec.withId("merge-theirs-name")).getText()).isEqualTo("Owner's");
        assertThat(_get(Span.class, spec -> spec.withId("merge-mine-name")).getText()).isEqualTo("Manager's");
        assertThat(_get(Span.class, spec -> spec.withId("merge-label-" + leads)).getText()).isEqualTo("Volume of Leads");
        assertThat(_get(Span.class, spec -> spec.withId("merge-theirs-" + leads)).getText()).isEqualTo("700");
        assertThat(_get(Span.class, spec -> spec.withId("merge-mine-" + leads)).getText()).isEqualTo("650");
        assertThat(_get(Span.class, spec -> spec.withId("merge-mine-" + customers)).getText()).isEqualTo("25");
        // nothing is chosen for the user: Save waits for a choice on every row
        Button save = _get(Button.class, spec -> spec.withId("merge-save"));
        assertThat(save.isEnabled()).isFalse();
        dialog.choice("name").setValue(MergeDialog.Choice.THEIRS);
        dialog.choice("stage." + theirs.rows().get(1).stageId() + ".volume").setValue(MergeDialog.Choice.MINE);
        assertThat(save.isEnabled()).isFalse();
        dialog.choice("stage." + theirs.rows().get(5).stageId() + ".volume").setValue(MergeDialog.Choice.THEIRS);
        _click(save);

        BaselineData stored = funnels.baseline(f.ws1Id(), new BaselineId(id));
        assertThat(stored.name()).isEqualTo("Owner's");
        assertThat(stored.rows().get(1).volume()).isEqualByComparingTo("650");
        assertThat(stored.rows().get(5).volume()).isEqualByComparingTo("30");
        assertThat(_find(MergeDialog.class)).isEmpty();
        assertThat(_get(BaselineGrid.class).rows().get(1).volume()).isEqualByComparingTo("650");
    }

    @Test
    void anOlderBaselineCanBeMadeTheCurrentOne() {
        signIn(f.owner());
        long first = FunnelTestData.workedExample(funnels, f.ws1());
        long second = funnels.createBaseline(f.ws1Id(), FunnelTestData.form(funnels.stages(f.ws1Id()), "Second"));
        long current = funnels.currentBaseline(f.ws1Id()).orElseThrow().id();
        long other = current == first ? second : first;

        signIn(f.manager());
        navigate("w/" + f.ws1() + "/funnel/" + other);
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("current-badge"))).isEmpty();
        _click(_get(Button.class, spec -> spec.withId("mark-current")));
        assertThat(funnels.currentBaseline(f.ws1Id()).orElseThrow().id()).isEqualTo(other);
        _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("current-badge"));
        assertThat(_find(Button.class, spec -> spec.withId("mark-current"))).isEmpty();
        assertThat(funnels.baselines(f.ws1Id())).filteredOn(b -> b.current()).hasSize(1);

        // a client viewer of the workspace sees which one is current but cannot change it
        signIn(f.client());
        navigate("w/" + f.ws1() + "/funnel/" + current);
        assertThat(_find(Button.class, spec -> spec.withId("mark-current"))).isEmpty();
    }

    /** No "a Established company" or "cost per Customers": the sentences read right whatever the names. */
    @Test
    void theRecommendationAndTotalsReadAsProperSentences() {
        signIn(f.owner());
        FunnelTestData.workedExample(funnels, f.ws3()); // an established company
        navigate("w/" + f.ws3() + "/funnel");
        assertThat(_get(Paragraph.class, spec -> spec.withId("method-recommendation")).getText())
                .startsWith("Recommended method for the company stage \u201cEstablished company\u201d: ");
        assertThat(_get(Paragraph.class, spec -> spec.withId("funnel-totals")).getText())
                .contains("Customers: \u20ac555.56 each").doesNotContain("cost per Customers");
    }

    /** Clicks a row; the editor opens on the next round trip, as in the browser. */
    static void edit(BaselineGrid grid, int row) {
        GridKt._clickItem(grid, row);
        MockVaadin.clientRoundtrip(false);
    }

    /** What the upload listener does with a file: check it on the worker, then run the UI updates it queued. */
    private static void receive(SheetImportDialog<?> dialog, String name, byte[] content) {
        dialog.receive(SheetFile.of(name, content)).join();
        MockVaadin.clientRoundtrip(false);
    }

    /** What the Import button does (the same method its listener calls), waiting for the worker. */
    private static void confirm(SheetImportDialog<?> dialog) {
        assertThat(dialog.confirmButton().isEnabled()).isTrue();
        dialog.confirm().join();
        MockVaadin.clientRoundtrip(false);
    }
}
