package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiPacing;
import app.goalpost.planning.pacing.PacingSeries;
import app.goalpost.shared.ui.EChart;
import app.goalpost.shared.ui.Formats;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A KPI-vs-time chart (METHOD step 4): x = the period's dates, y = % of the goal; the actual cumulative share,
 * the expected pace (straight or last year's seasonal shape), the projection to the period end (dashed), the
 * 100% target and a "today" marker, in the status colour. The full chart sends one point per day with
 * pre-formatted tooltips; the mini chart (dashboard cards) one point per week, no tooltips or axes, so 25 cards
 * stay small on the wire.
 */
public class KpiChart extends EChart {

    private static final String EXPECTED = "#9ca3af";

    private final boolean mini;

    public KpiChart(boolean mini) {
        this.mini = mini;
        addClassName(mini ? "gp-kpi-mini-chart" : "gp-kpi-chart");
        setHeight(mini ? "110px" : "360px");
    }

    /** Builds (or rebuilds in place) the chart for a KPI's pacing. */
    public void show(KpiPacing pacing, LocalDate today, KpiFormat format, Function<String, String> text) {
        PacingSeries s = pacing.series();
        double target = pacing.kpi().target().doubleValue();
        String colour = KpiFormat.colour(pacing.status());
        Locale locale = format.locale();
        ObjectNode option = newOption();
        option.put("animation", !mini);
        ObjectNode grid = option.putObject("grid");
        grid.put("left", mini ? 4 : 56).put("right", mini ? 4 : 24).put("top", mini ? 8 : 40)
                .put("bottom", mini ? 4 : 32).put("containLabel", false);
        ObjectNode x = option.putObject("xAxis");
        if (mini) {
            // no axis is shown: day indexes instead of dates keep 25 cards' options small on the wire
            x.put("type", "value").put("min", 0).put("max", s.days() - 1).put("show", false);
        } else {
            x.put("type", "time").put("min", s.date(0).toString()).put("max", s.date(s.days() - 1).toString());
        }
        ObjectNode y = option.putObject("yAxis");
        y.put("type", "value").put("min", 0).put("show", !mini).put("gpPercent", true);
        if (!mini) {
            option.putObject("tooltip").put("trigger", "axis");
            ArrayNode legend = option.putObject("legend").putArray("data");
            legend.add(text.apply("kpi.chart.actual")).add(text.apply(s.seasonal() ? "kpi.chart.expectedSeasonal"
                    : "kpi.chart.expected")).add(text.apply("kpi.chart.projection")).add(text.apply("kpi.chart.target"));
        }
        int step = mini ? 7 : 1;
        ArrayNode actual = line(option, text.apply("kpi.chart.actual"), colour, "solid", 2.5);
        ArrayNode expected = line(option, text.apply(s.seasonal() ? "kpi.chart.expectedSeasonal"
                : "kpi.chart.expected"), EXPECTED, "solid", 1.5);
        ArrayNode projection = line(option, text.apply("kpi.chart.projection"), colour, "dashed", 1.5);
        ArrayNode goal = line(option, text.apply("kpi.chart.target"), "#374151", "dotted", 1);
        for (int day = 0; day < s.days(); day++) {
            boolean keep = day % step == 0 || day == s.days() - 1 || day == s.lastActualDay();
            if (!keep) {
                continue;
            }
            Object date = mini ? (Object) day : s.date(day).toString();
            String label = mini ? null : Formats.date(s.date(day), locale);
            // straight lines need only their ends on a mini chart
            boolean straightInside = mini && day > 0 && day < s.days() - 1;
            if (!(straightInside && !s.seasonal())) {
                point(expected, date, s.expected(day), label == null ? null
                        : text.apply("kpi.chart.expected") + ": " + format.value(s.expected(day) * target)
                                + " (" + format.share(s.expected(day)) + ")");
            }
            if (s.hasActual(day)) {
                point(actual, date, s.actual(day), label == null ? null
                        : text.apply("kpi.chart.actual") + ": " + format.value(s.actual(day) * target)
                                + " (" + format.share(s.actual(day)) + ")");
            }
            if (s.hasProjection(day) && !(straightInside && day != s.lastActualDay())) {
                point(projection, date, s.projection(day), label == null ? null
                        : text.apply("kpi.chart.projection") + ": " + format.value(s.projection(day) * target)
                                + " (" + format.share(s.projection(day)) + ")");
            }
        }
        point(goal, mini ? (Object) 0 : s.date(0).toString(), 1, null);
        point(goal, mini ? (Object) (s.days() - 1) : s.date(s.days() - 1).toString(), 1, mini ? null
                : text.apply("kpi.chart.target") + ": " + format.value(target));
        if (!today.isBefore(s.date(0)) && !today.isAfter(s.date(s.days() - 1))) {
            Object at = mini ? (Object) (int) (today.toEpochDay() - s.date(0).toEpochDay()) : today.toString();
            todayMarker((ObjectNode) option.withArray("series").get(0), at, mini ? null
                    : text.apply("kpi.chart.today"));
        }
        setOption(option);
    }

    private ArrayNode line(ObjectNode option, String name, String colour, String type, double width) {
        ObjectNode series = option.withArray("series").addObject();
        if (!mini) {
            series.put("name", name);
        }
        series.put("type", "line").put("showSymbol", false).put("color", colour);
        if (mini) {
            series.put("silent", true);
        }
        series.putObject("lineStyle").put("type", type).put("width", width);
        return series.putArray("data");
    }

    private static void point(ArrayNode data, Object x, double share, String tip) {
        double pct = Math.round(share * 1000) / 10.0;
        ArrayNode value = tip == null ? data.addArray() : data.addObject().put("tip", tip).putArray("value");
        if (x instanceof Integer day) {
            value.add(day);
        } else {
            value.add(x.toString());
        }
        if (pct == Math.rint(pct)) {
            value.add((long) pct); // "40" rather than "40.0"
        } else {
            value.add(pct);
        }
    }

    private static void todayMarker(ObjectNode series, Object today, String label) {
        ObjectNode mark = series.putObject("markLine");
        mark.put("symbol", "none").put("silent", true);
        mark.putObject("lineStyle").put("color", "#111827").put("type", "solid").put("width", 1);
        ObjectNode at = mark.putArray("data").addObject();
        if (today instanceof Integer day) {
            at.put("xAxis", day);
        } else {
            at.put("xAxis", today.toString());
        }
        ObjectNode lbl = mark.putObject("label");
        if (label == null) {
            lbl.put("show", false);
        } else {
            lbl.put("formatter", label).put("position", "end");
        }
    }
}
