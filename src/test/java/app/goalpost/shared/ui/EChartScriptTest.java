package app.goalpost.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ECharts version is written once (the pom); the chart loads the script that the jar really serves. */
class EChartScriptTest {

    @Test
    void theScriptUrlPointsAtTheFileInTheEchartsJar() {
        String url = EChart.SCRIPT;
        assertThat(url).startsWith("context://_static/echarts/").endsWith("/dist/echarts.min.js");
        String resource = "/META-INF/resources/" + url.substring("context://".length());
        assertThat(getClass().getResource(resource)).as(resource).isNotNull();
    }
}
