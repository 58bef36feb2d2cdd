package app.goalpost.kpi.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.ActualsService;
import app.goalpost.kpi.Granularity;
import app.goalpost.kpi.KpiId;
import app.goalpost.kpi.KpiInput;
import app.goalpost.kpi.KpiService;
import app.goalpost.kpi.PacingService;
import app.goalpost.support.Fixtures.AgencyFixture;
import app.goalpost.support.KaribuSupport;
import app.goalpost.support.UiTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The dashboard card says what the status is judged against, and a budget reads as a budget. */
@UiTest
class KpiWordingTest extends KaribuSupport {

    @Autowired KpiService kpis;
    @Autowired ActualsService actuals;
    @Autowired PacingService pacing;

    AgencyFixture f;

    @BeforeEach
    void agency() {
        f = fixtures.agency("kpiword");
    }

    /**
     * 100 days, day 50 today, 50 of 100 done: 50 % of goal with 50 % of the period, straight on track. Last year
     * did 80 % of its total in the same first 50 days, so the seasonal expectation is 80 % and the KPI is behind:
     * the card must show that 80 %, not only the 50 % of the period that would call it on track.
     */
    @Test
    void aSeasonalCardShowsTheExpectedShareItsStatusIsJudgedAgainst() {
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws1Id());
        LocalDate start = today.minusDays(49);
        long id = kpis.create(f.ws1Id(), KpiInput.count("Deals", 100, start, start.plusDays(99)));
        actuals.save(f.ws1Id(), new KpiId(id), Granularity.DAY, Map.of(today, Optional.of(new BigDecimal("50"))));
        Map<LocalDate, Optional<BigDecimal>> lastYear = new HashMap<>();
        lastYear.put(start.minusYears(1), Optional.of(new BigDecimal("80")));
        lastYear.put(start.plusDays(99).minusYears(1), Optional.of(new BigDecimal("20")));
        actuals.save(f.ws1Id(), new KpiId(id), Granularity.DAY, lastYear);

        signIn(f.client());
        navigate("w/" + f.ws1() + "/dashboard");
        KpiCard card = _get(KpiCard.class);
        assertThat(_get(card, Span.class, spec -> spec.withClasses("gp-status")).getText()).isEqualTo("Behind");
        assertThat(_get(card, Span.class, spec -> spec.withClasses("gp-kpi-progress")).getText())
                .isEqualTo("50% of goal · 80% expected by today (last year’s season) · 50% of period");
    }

    /** Spending more than the plan by today is over budget (red), never a green "Ahead"; on the plan it is on budget. */
    @Test
    void aBudgetKpiIsOnOrOverBudget() {
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws1Id());
        LocalDate start = today.minusDays(9);
        long over = kpis.create(f.ws1Id(), KpiInput.budget("Media spend", new BigDecimal("1000"), start,
                start.plusDays(19)));
        actuals.save(f.ws1Id(), new KpiId(over), Granularity.DAY, Map.of(today, Optional.of(new BigDecimal("700"))));
        long onPlan = kpis.create(f.ws1Id(), KpiInput.budget("Events spend", new BigDecimal("1000"), start,
                start.plusDays(19)));
        actuals.save(f.ws1Id(), new KpiId(onPlan), Granularity.DAY, Map.of(today, Optional.of(new BigDecimal("500"))));

        signIn(f.manager());
        navigate("w/" + f.ws1() + "/dashboard");
        KpiCard overCard = _get(KpiCard.class, spec -> spec.withId("kpi-card-" + over));
        Span badge = _get(overCard, Span.class, spec -> spec.withClasses("gp-status"));
        assertThat(badge.getText()).isEqualTo("Over budget");
        assertThat(badge.getElement().getThemeList()).contains("error");
        assertThat(_get(overCard, Span.class, spec -> spec.withClasses("gp-kpi-progress")).getText())
                .isEqualTo("70% of budget spent · 50% of period");
        Span onBadge = _get(_get(KpiCard.class, spec -> spec.withId("kpi-card-" + onPlan)), Span.class,
                spec -> spec.withClasses("gp-status"));
        assertThat(onBadge.getText()).isEqualTo("On budget");
        assertThat(onBadge.getElement().getThemeList()).contains("success");

        navigate("w/" + f.ws1() + "/kpis/" + over);
        assertThat(_get(Span.class, spec -> spec.withId("kpi-status")).getText()).isEqualTo("Over budget");
        assertThat(_get(Span.class, spec -> spec.withId("kpi-rule")).getText()).isEqualTo("Budget, tolerance ±5%");
        assertThat(_get(Span.class, spec -> spec.withId("kpi-projection")).getText())
                .isEqualTo("€1,400.00 (140% of budget)");

        navigate("w/" + f.ws1() + "/kpis");
        @SuppressWarnings("unchecked")
        Grid<app.goalpost.kpi.KpiSummary> grid = _get(Grid.class, spec -> spec.withId("kpi-grid"));
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("Budget");
    }

    /** The editor says how the chosen unit, direction and aggregation will be judged, before saving. */
    @Test
    void theEditorSaysWhichKindTheChoicesMake() {
        signIn(f.manager());
        navigate("w/" + f.ws1() + "/kpis");
        com.github.mvysny.kaributesting.v10.LocatorJ._click(_get(com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("kpi-new")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<app.goalpost.planning.pacing.Kpi.Direction> direction =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("kpi-direction"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<app.goalpost.planning.pacing.Kpi.Unit> unit =
                _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("kpi-unit"));
        assertThat(direction.getHelperText()).isEqualTo("An outcome to reach: ahead, on track or behind.");
        unit.setValue(app.goalpost.planning.pacing.Kpi.Unit.MONEY);
        direction.setValue(app.goalpost.planning.pacing.Kpi.Direction.LOWER_IS_BETTER);
        assertThat(direction.getHelperText()).isEqualTo("A budget to spend as planned: under, on or over budget.");
    }

    /** The same badge in French. */
    @Test
    void budgetWordingInFrench() {
        fixtures.signIn(f.owner());
        LocalDate today = pacing.today(f.ws1Id());
        long over = kpis.create(f.ws1Id(), KpiInput.budget("Média", new BigDecimal("1000"), today.minusDays(9),
                today.plusDays(10)));
        actuals.save(f.ws1Id(), new KpiId(over), Granularity.DAY, Map.of(today, Optional.of(new BigDecimal("700"))));
        signIn(f.manager());
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        navigate("w/" + f.ws1() + "/kpis/" + over);
        assertThat(_get(Span.class, spec -> spec.withId("kpi-status")).getText()).isEqualTo("Budget dépassé");
    }
}
