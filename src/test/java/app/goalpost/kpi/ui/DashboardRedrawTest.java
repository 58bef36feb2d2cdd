package app.goalpost.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.support.ChartOptions;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard keeps only what it needs to redraw: a re-sort moves the same card components (it does not read
 * the KPIs again), and each moved mini chart, attached anew, is drawn again from its own small source with the
 * same option it first sent; no chart keeps its option JSON in the element.
 */
@UiTest
class DashboardRedrawTest extends KaribuSupport {

    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;

    @Test
    void reSortingMovesTheCardsAndRedrawsEachChartFromItsSource() {
        AgencyFixture f = fixtures.agency("redraw");
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws1Id());
        long ahead = kpis.create(f.ws1Id(), KpiInput.count("Alpha deals", 100, today.minusDays(20), today.plusDays(10)));
        save(f.ws1(), ahead, today.minusDays(20), 21, "5");
        long behind = kpis.create(f.ws1Id(), KpiInput.count("Zulu leads", 100, today.minusDays(20), today.plusDays(10)));
        save(f.ws1(), behind, today.minusDays(20), 21, "0.5");
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/dashboard");

        List<KpiCard> byStatus = _find(KpiCard.class);
        assertThat(byStatus).extracting(c -> c.getId().orElseThrow())
                .containsExactly("kpi-card-" + behind, "kpi-card-" + ahead);
        Map<KpiChart, String> first = renders();
        assertThat(first).hasSize(2);
        for (KpiChart chart : first.keySet()) {
            assertThat(chart.getElement().hasProperty("option")).isFalse();
            assertThat(first.get(chart)).contains("\"series\"").contains("\"dashed\"");
        }

        @SuppressWarnings("unchecked")
        Select<DashboardView.Sort> sort = _get(Select.class, spec -> spec.withId("dashboard-sort"));
        sort.setValue(DashboardView.Sort.NAME);
        List<KpiCard> byName = _find(KpiCard.class);
        assertThat(byName).containsExactly(byStatus.get(1), byStatus.get(0)); // the same components, moved
        Map<KpiChart, String> again = renders();
        assertThat(again).isEqualTo(first);
    }

    private void save(long ws, long kpi, LocalDate from, int days, String value) {
        Map<LocalDate, Optional<BigDecimal>> rows = new LinkedHashMap<>();
        for (int d = 0; d < days; d++) {
            rows.put(from.plusDays(d), Optional.of(new BigDecimal(value)));
        }
        actuals.save(new app.goalpost.workspace.WorkspaceId(ws), new app.goalpost.kpi.KpiId(kpi), Granularity.DAY,
                rows);
    }

    /** The charts' render calls sent since the last look, with their option argument. */
    private static Map<KpiChart, String> renders() {
        return ChartOptions.rendersSinceLastLook(_find(KpiChart.class));
    }
}
