package app.goalpost.report;

import static org.assertj.core.api.Assertions.assertThat;

import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.ui.KpiChartTargetStepTest;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report's SVG chart draws a target change like the screen: a step in the 100 % line, and the marks. */
class PacingSvgTargetStepTest {

    @Test
    void theTargetLineStepsAndNotesAndTheChangeAreMarked() {
        KpiPacing p = KpiChartTargetStepTest.raised();
        String svg = PacingSvg.render(p, LocalDate.of(2026, 2, 14), "#16a34a",
                key -> GoalpostI18NProvider.translate(key, Locale.ENGLISH), LocalDate::toString, Locale.ENGLISH,
                List.of(new ReportTimelineHtml.Mark(LocalDate.of(2026, 1, 12), ReportTimelineHtml.NOTE,
                        "Campaign launched")));
        // the dotted target polyline has two heights: the old goal's (lower) until Jan 31, today's from Feb 1
        Matcher target = Pattern.compile("<polyline fill=\"none\" stroke=\"#374151\" stroke-width=\"1.0\" "
                + "stroke-dasharray=\"2,3\" points=\"([^\"]+)\"").matcher(svg);
        assertThat(target.find()).isTrue();
        String[] points = target.group(1).split(" ");
        double jan31 = Double.parseDouble(points[30].split(",")[1]);
        double feb1 = Double.parseDouble(points[31].split(",")[1]);
        assertThat(jan31).isGreaterThan(feb1); // SVG y grows downwards: the old goal sits lower
        assertThat(Double.parseDouble(points[0].split(",")[1])).isEqualTo(jan31);
        assertThat(svg).contains(">Target 200 → 300</text>").contains(">Campaign launched</text>")
                .contains("class=\"gp-report-mark\"");
    }

    @Test
    void withoutAChangeTheTargetLineIsFlat() {
        KpiPacing raised = KpiChartTargetStepTest.raised();
        String svg = PacingSvg.render(new KpiPacing(raised.kpi(), raised.result(), raised.series()),
                LocalDate.of(2026, 2, 14), "#16a34a", key -> GoalpostI18NProvider.translate(key, Locale.ENGLISH),
                LocalDate::toString, Locale.ENGLISH);
        Matcher target = Pattern.compile("stroke=\"#374151\" stroke-width=\"1.0\" stroke-dasharray=\"2,3\" points=\"([^\"]+)\"")
                .matcher(svg);
        assertThat(target.find()).isTrue();
        assertThat(target.group(1).split(" ")).hasSize(2);
        assertThat(svg).doesNotContain("gp-report-mark");
    }
}
