package app.goalpost.portfolio.ui;

import app.goalpost.portfolio.WeekCount;
import app.goalpost.shared.ui.EChart;
import app.goalpost.shared.ui.Formats;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Clients on track over time: one stacked bar per week (on track or ahead, behind, no data), drawn with the shared
 * chart component (docs/decisions/0004-charts.md). Dates and the tooltip's words are written on the server.
 */
class PortfolioChart extends EChart {

    static final int WEEKS = 12;

    void show(List<WeekCount> weeks, Locale locale) {
        ObjectNode option = newOption();
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("legend").put("top", 0);
        option.putObject("grid").put("left", 40).put("right", 16).put("top", 32).put("bottom", 28);
        ArrayNode labels = option.putObject("xAxis").put("type", "category").putArray("data");
        weeks.forEach(w -> labels.add(getTranslation("portfolio.chart.week", Formats.date(w.weekStart(), locale))));
        option.putObject("yAxis").put("type", "value").put("minInterval", 1);
        ArrayNode series = option.putArray("series");
        add(series, getTranslation("portfolio.chart.onTrack"), "#2e7d32", weeks.stream().mapToInt(WeekCount::onTrack));
        add(series, getTranslation("portfolio.chart.behind"), "#c62828", weeks.stream().mapToInt(WeekCount::behind));
        add(series, getTranslation("portfolio.chart.noData"), "#9e9e9e", weeks.stream().mapToInt(WeekCount::noData));
        setOption(option);
    }

    private static void add(ArrayNode series, String name, String colour, java.util.stream.IntStream values) {
        ObjectNode s = series.addObject().put("name", name).put("type", "bar").put("stack", "clients")
                .put("color", colour);
        ArrayNode data = s.putArray("data");
        values.forEach(data::add);
    }
}
