package app.goalpost.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.history.RevisionSource;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.KpiSummary;
import app.goalpost.kpi.KpiTimeline;
import app.goalpost.kpi.TargetStep;
import app.goalpost.planning.DateRange;
import app.goalpost.planning.pacing.Actuals;
import app.goalpost.planning.pacing.DatedValue;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.planning.pacing.Pacing;
import app.goalpost.planning.pacing.TargetTimeline;
import app.goalpost.review.TriggerKind;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The full chart's option when the target changed: the 100 % line steps, the past is judged against then. */
public class KpiChartTargetStepTest {

    static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    static final LocalDate FEB1 = LocalDate.of(2026, 2, 1);
    static final LocalDate FEB14 = LocalDate.of(2026, 2, 14);

    /** Q1 leads, goal raised from 200 to 300 on Feb 1; 20 a week from Jan 7, so 80 by Jan 28. */
    public static KpiPacing raised() {
        KpiSummary kpi = new KpiSummary(7, 1, "Leads", Kpi.Unit.COUNT, Kpi.Direction.HIGHER_IS_BETTER,
                Kpi.Aggregation.CUMULATIVE, new BigDecimal("300"), DateRange.of(JAN1, LocalDate.of(2026, 3, 31)),
                new BigDecimal("0.05"), Optional.empty(), Optional.empty(), false, 0);
        List<DatedValue> points = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            points.add(new DatedValue(LocalDate.of(2026, 1, 7).plusWeeks(i), 20));
        }
        Actuals actuals = Actuals.of(points);
        TargetStep step = new TargetStep(FEB1, new BigDecimal("200"), new BigDecimal("300"),
                Optional.of("Camille Laurent"), "Client doubled the budget", RevisionSource.USER);
        return new KpiPacing(kpi, Pacing.at(kpi.engineKpi(), actuals, FEB14),
                Pacing.series(kpi.engineKpi(), actuals, FEB14), List.of(step),
                TargetTimeline.of(300, List.of(new TargetTimeline.Change(FEB1, 200, 300))));
    }

    static String text(String key) {
        return GoalpostI18NProvider.translate(key, Locale.ENGLISH);
    }

    @Test
    void theTargetLineStepsAtTheChangeAndTheTooltipsJudgeAgainstTheTargetThen() {
        KpiPacing p = raised();
        KpiFormat format = KpiFormat.of(p.kpi(), Currency.getInstance("EUR"), Locale.ENGLISH);
        KpiTimeline timeline = new KpiTimeline(List.of(new KpiTimeline.Note(1, 7, LocalDate.of(2026, 1, 12),
                "Campaign launched", "Nora Schmidt", false)), List.of(new KpiTimeline.Trigger(LocalDate.of(2026, 2, 10),
                TriggerKind.AD_COSTS_RISING, Optional.empty(), "System")), false);
        ObjectNode option = KpiChart.fullOption(p, timeline, 44, format, KpiChartTargetStepTest::text);

        JsonNode series = option.get("series");
        JsonNode target = series.get(3).get("data");
        // two thirds of today's goal until Jan 31 (day 30), the whole goal from Feb 1 (day 31)
        assertThat(target.get(30).get("value").asDouble()).isEqualTo(66.7);
        assertThat(target.get(31).get("value").asDouble()).isEqualTo(100);
        assertThat(target.get(30).get("tip").asString()).isEqualTo("Target: 200 (66.7%)");
        // Jan 28 (day 27): 80 reached, 26.7 % of today's goal on the axis, 40 % of the goal then in the tooltip
        JsonNode actual = series.get(0).get("data").get(27);
        assertThat(actual.get("value").asDouble()).isEqualTo(26.7);
        assertThat(actual.get("tip").asString()).isEqualTo("Actual: 80 (40% of the goal then: 200)");
        assertThat(series.get(0).get("data").get(44).get("tip").asString()).isEqualTo("Actual: 120 (40%)");
        // the expected pace of January is the old goal's
        assertThat(series.get(1).get("data").get(30).get("value").asDouble())
                .isEqualTo(Math.round(p.series().expected(30) * 2 / 3 * 1000) / 10.0);

        JsonNode marks = series.get(4).get("markLine").get("data");
        assertThat(series.get(4).get("name").asString()).isEqualTo("Notes and changes");
        assertThat(marks).hasSize(3);
        assertThat(marks.get(0).get("xAxis").asInt()).isEqualTo(31);
        assertThat(marks.get(0).get("label").get("formatter").asString()).isEqualTo("Target 200 → 300");
        assertThat(marks.get(0).get("tip").asString()).contains("Target 200 → 300").contains("Camille Laurent")
                .contains("Client doubled the budget");
        assertThat(marks.get(1).get("xAxis").asInt()).isEqualTo(11);
        assertThat(marks.get(1).get("tip").asString()).contains("Campaign launched").contains("Nora Schmidt");
        assertThat(marks.get(2).get("gpMark").asString()).isEqualTo("trigger");
        assertThat(marks.get(2).get("tip").asString()).contains("Ad costs rising");
        assertThat(option.get("legend").get("data").toString()).contains("Notes and changes");
    }

    @Test
    void withoutChangesOrNotesTheChartIsAsBefore() {
        KpiPacing raised = raised();
        KpiPacing plain = new KpiPacing(raised.kpi(), raised.result(), raised.series());
        KpiFormat format = KpiFormat.of(plain.kpi(), Currency.getInstance("EUR"), Locale.ENGLISH);
        ObjectNode option = KpiChart.fullOption(plain, KpiTimeline.empty(), 44, format, KpiChartTargetStepTest::text);
        assertThat(option.get("series")).hasSize(4);
        assertThat(option.get("series").get(3).get("data").get(0).get("value").asDouble()).isEqualTo(100);
        assertThat(option.get("series").get(0).get("data").get(27).get("tip").asString())
                .isEqualTo("Actual: 80 (26.7%)");
    }
}
