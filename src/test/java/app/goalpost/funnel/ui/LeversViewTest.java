package app.goalpost.funnel.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.funnel.FunnelService;
import app.goalpost.funnel.FunnelTestData;
import app.goalpost.planning.benchmark.BenchmarkSet;
import app.goalpost.support.ChartOptions;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import app.goalpost.shell.NotFoundView;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The growth levers page: ranked steps, findings and chart for every role with access; not found for others. */
@UiTest
class LeversViewTest extends KaribuSupport {

    @Autowired FunnelService funnels;

    @Test
    void theWorkedExampleReadsAsTheMethodDoes() {
        AgencyFixture f = fixtures.agency("levers");
        fixtures.signIn(f.owner());
        FunnelTestData.workedExample(funnels, f.ws1());
        signIn(f.client());
        navigate("w/" + f.ws1() + "/levers");
        @SuppressWarnings("unchecked")
        ComboBox<BenchmarkSet> set = _get(ComboBox.class, spec -> spec.withId("levers-set"));
        assertThat(set.getValue().key()).isEqualTo("b2b-saas");
        assertThat(GridKt._size(grid())).isEqualTo(5);
        assertThat(ChartOptions.lastSent(_get(app.goalpost.shared.ui.EChart.class, spec -> spec.withId("levers-chart"))))
                .contains("\"type\":\"bar\"").contains("Website visitors → Leads");

        set.clear();
        String findings = _get(UnorderedList.class, spec -> spec.withId("lever-findings")).getElement()
                .getTextRecursively();
        assertThat(findings).contains("Website visitors → Leads is the weakest at 3%: 97% of traffic is not ready to buy")
                .contains("MQL → SQL is high at 60%: MQL quality is good")
                .contains("75% of leads are not qualified");
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("1", "Website visitors → Leads", "3%", "97%");
    }

    /**
     * The B2B SaaS catalogue gives medians only (SQL → Opportunities: 42%): the column says "median" and the chart
     * neither titles nor lists a range it cannot draw. The e-commerce checkout step has 33% – 73.2% around 52.5%:
     * that range is shown, and drawn as a band listed in the legend.
     */
    @Test
    void theBenchmarkColumnShowsTheRangeWhereThereIsOneAndSaysMedianOtherwise() {
        AgencyFixture f = fixtures.agency("leverrange");
        fixtures.signIn(f.owner());
        FunnelTestData.workedExample(funnels, f.ws1());
        signIn(f.client());
        navigate("w/" + f.ws1() + "/levers");
        assertThat(GridKt._getFormattedRow(grid(), 2)).contains("SQL → Opportunities (sales-owned)", "42% (median)");
        String option = ChartOptions.lastSent(_get(app.goalpost.shared.ui.EChart.class, spec -> spec.withId("levers-chart")));
        assertThat(option).contains("Rates against the benchmark median").doesNotContain("Benchmark range");
        // money in a generated sentence reads as in the grid (one formatter), not as the engine's "1,667.00 EUR"
        assertThat(_get(UnorderedList.class, spec -> spec.withId("lever-findings")).getElement().getTextRecursively())
                .contains("as extra traffic would cost about €").doesNotContain(" EUR");

        fixtures.signIn(f.owner());
        funnels.addStage(f.ws2Id(), "Checkouts", "checkout");
        funnels.addStage(f.ws2Id(), "Orders", "customer");
        java.util.List<app.goalpost.funnel.StageInfo> stages = funnels.stages(f.ws2Id());
        funnels.createBaseline(f.ws2Id(), new app.goalpost.funnel.BaselineForm("Q3", 
                app.goalpost.planning.funnel.BaselineMethod.OWN_PREVIOUS_PERIOD, java.time.LocalDate.of(2026, 7, 1),
                java.time.LocalDate.of(2026, 9, 30), java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.List.of(row(stages.get(0), 1000), row(stages.get(1), 400))));
        signIn(f.manager());
        navigate("w/" + f.ws2() + "/levers");
        @SuppressWarnings("unchecked")
        ComboBox<BenchmarkSet> set = _get(ComboBox.class, spec -> spec.withId("levers-set"));
        set.setValue(set.getListDataView().getItems().filter(s -> s.key().equals("b2c-ecommerce")).findFirst()
                .orElseThrow());
        assertThat(GridKt._getFormattedRow(grid(), 0)).contains("Checkouts → Orders", "33% – 73.2% (median 52.5%)");
        assertThat(ChartOptions.lastSent(_get(app.goalpost.shared.ui.EChart.class, spec -> spec.withId("levers-chart"))))
                .contains("Rates against the benchmark range").contains("\"Benchmark range\"");
    }

    private static app.goalpost.funnel.BaselineRow row(app.goalpost.funnel.StageInfo s, long volume) {
        return new app.goalpost.funnel.BaselineRow(s.id(), s.name(), s.benchmarkKey(), java.math.BigDecimal.valueOf(volume),
                java.util.Optional.empty());
    }

    @Test
    void withoutACurrentBaselineThePageSaysWhereToStartAndOutsidersGetNotFound() {
        AgencyFixture f = fixtures.agency("levers2");
        AgencyFixture other = fixtures.agency("levers3");
        signIn(f.contributor());
        navigate("w/" + f.ws2() + "/levers");
        assertThat(_get(Paragraph.class, spec -> spec.withId("levers-empty")).getText()).contains("funnel baseline");
        navigate("w/" + f.ws1() + "/levers");
        _get(NotFoundView.class);
        signIn(other.owner());
        navigate("w/" + f.ws2() + "/levers");
        _get(NotFoundView.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Object> grid() {
        return _get(Grid.class, spec -> spec.withId("levers-grid"));
    }
}
