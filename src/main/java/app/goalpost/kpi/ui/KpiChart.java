package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.KpiTimeline;
import app.goalpost.planning.pacing.PacingSeries;
import app.goalpost.planning.pacing.TargetTimeline;
import app.goalpost.shared.ui.EChart;
import app.goalpost.shared.ui.Formats;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A KPI-vs-time chart (method step 4, docs/method.md): x = the period's days, y = % of the goal; the actual cumulative share,
 * the expected pace (straight or last year's seasonal shape), the projection to the period end (dashed), the
 * 100% target and a "today" marker, in the status colour. All numbers come from the engine's {@link PacingSeries}.
 * <p>
 * The full chart has one category per day, labelled with the date in the user's locale, and every point carries
 * its tooltip text (value in the KPI's unit and currency, and share of the goal), formatted on the server. The mini
 * chart (dashboard cards) has no axes or tooltips and sends weekly points with day indexes; straight lines are sent
 * as their two ends, so 25 cards stay small on the wire.
 * <p>
 * A recorded target change makes the full chart's 100 % line a step: every line is a share of today's target, and
 * the days before a change are judged against the target valid then ({@link TargetTimeline}), so the expected pace
 * steps with it and the tooltips say what share of that day's goal was reached. Target changes, notes and review
 * triggers are marked on the timeline as vertical lines with their own tooltips ({@link KpiTimelineMarks}).
 */
public class KpiChart extends EChart {

    private static final String EXPECTED = "#9ca3af";
    private static final String TARGET = "#374151";
    private static final int MINI_STEP = 7;

    private final boolean mini;

    public KpiChart(boolean mini) {
        this.mini = mini;
        addClassName(mini ? "gp-kpi-mini-chart" : "gp-kpi-chart");
        setHeight(mini ? "110px" : "380px");
    }

    /** Builds the chart for a KPI's pacing; called again, it updates the chart in place. */
    public void show(KpiPacing pacing, LocalDate today, KpiFormat format, Function<String, String> text) {
        show(pacing, KpiTimeline.empty(), today, format, text);
    }

    /** The full chart with the KPI's notes and the workspace's review triggers marked on the timeline. */
    public void show(KpiPacing pacing, KpiTimeline timeline, LocalDate today, KpiFormat format,
            Function<String, String> text) {
        PacingSeries s = pacing.series();
        int todayIndex = today.isBefore(s.date(0)) || today.isAfter(s.date(s.days() - 1)) ? -1
                : (int) (today.toEpochDay() - s.date(0).toEpochDay());
        if (mini) {
            // a card keeps its sampled points only, never the 3 × 365-day series, and builds the JSON from them
            // when it is (re-)attached: the dashboard re-sorts by moving its cards
            MiniPoints points = MiniPoints.of(s, KpiFormat.colour(pacing.status(), pacing.kpi().kind()), todayIndex);
            setOptionSource(() -> json(points.option()));
        } else {
            setOption(fullOption(pacing, timeline, todayIndex, format, text));
        }
    }

    private static ObjectNode base(boolean mini) {
        ObjectNode option = newOption();
        option.put("animation", !mini);
        ObjectNode grid = option.putObject("grid");
        grid.put("left", mini ? 4 : 56).put("right", mini ? 4 : 32).put("top", mini ? 8 : 56).put("bottom", mini ? 4 : 32);
        ObjectNode y = option.putObject("yAxis");
        y.put("type", "value").put("min", 0).put("show", !mini).put("gpPercent", true);
        return option;
    }

    /**
     * What a mini chart draws, as small as it is drawn: (day, tenths of a percent) pairs of the sampled expected
     * and actual points and of the projection's ends, the last day, today's index and the colour.
     */
    private record MiniPoints(int last, int todayIndex, String colour, int[] expected, int[] actual,
            int[] projection) {

        static MiniPoints of(PacingSeries s, String colour, int todayIndex) {
            IntPairs expected = new IntPairs();
            IntPairs actual = new IntPairs();
            IntPairs projection = new IntPairs();
            int last = s.days() - 1;
            for (int day = 0; day <= last; day++) {
                boolean end = day == 0 || day == last;
                boolean sampled = day % MINI_STEP == 0 || end || day == s.lastActualDay();
                if (sampled && (s.seasonal() || end)) {
                    expected.add(day, tenths(s.expected(day)));
                }
                if (sampled && s.hasActual(day)) {
                    actual.add(day, tenths(s.actual(day)));
                }
                if (s.hasProjection(day) && (day == s.lastActualDay() || day == last)) {
                    projection.add(day, tenths(s.projection(day)));
                }
            }
            return new MiniPoints(last, todayIndex, colour, expected.toArray(), actual.toArray(),
                    projection.toArray());
        }

        ObjectNode option() {
            ObjectNode option = base(true);
            option.putObject("xAxis").put("type", "value").put("min", 0).put("max", last).put("show", false);
            pairs(series(option, null, colour, "solid", 2.5), actual);
            pairs(series(option, null, EXPECTED, "solid", 1.5), expected);
            pairs(series(option, null, colour, "dashed", 1.5), projection);
            pairs(series(option, null, TARGET, "dotted", 1), new int[] {0, 1000, last, 1000});
            if (todayIndex >= 0) {
                todayMarker((ObjectNode) option.withArray("series").get(0), todayIndex, null);
            }
            option.withArray("series").forEach(n -> ((ObjectNode) n).put("silent", true));
            return option;
        }

        private static void pairs(ArrayNode data, int[] dayTenths) {
            for (int i = 0; i < dayTenths.length; i += 2) {
                ArrayNode point = data.addArray().add(dayTenths[i]);
                int tenths = dayTenths[i + 1];
                if (tenths % 10 == 0) {
                    point.add(tenths / 10L);
                } else {
                    point.add(tenths / 10.0);
                }
            }
        }
    }

    /** A growable array of int pairs (no boxing for a few hundred points). */
    private static final class IntPairs {
        private int[] values = new int[32];
        private int size;

        void add(int a, int b) {
            if (size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = a;
            values[size++] = b;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /** The share in tenths of a percent, as the chart rounds it (one decimal). */
    private static int tenths(double share) {
        // a share beyond ±2 million % (absurd data) is drawn at the edge rather than failing the dashboard
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Math.round(share * 1000)));
    }

    /** The full chart's option (package-private for the chart tests). */
    static ObjectNode fullOption(KpiPacing pacing, KpiTimeline timeline, int todayIndex, KpiFormat format,
            Function<String, String> text) {
        ObjectNode option = base(false);
        full(option, pacing, format, text, todayIndex);
        KpiTimelineMarks.add(option, pacing, timeline, format, text);
        return option;
    }

    private static void full(ObjectNode option, KpiPacing pacing, KpiFormat format, Function<String, String> text,
            int todayIndex) {
        PacingSeries s = pacing.series();
        TargetTimeline targets = pacing.targets();
        double target = pacing.kpi().target().doubleValue();
        String colour = KpiFormat.colour(pacing.status(), pacing.kpi().kind());
        ArrayNode days = option.putObject("xAxis").put("type", "category").put("boundaryGap", false).putArray("data");
        for (int day = 0; day < s.days(); day++) {
            days.add(Formats.date(s.date(day), format.locale()));
        }
        option.putObject("tooltip").put("trigger", "axis");
        String actualName = text.apply("kpi.chart.actual");
        String expectedName = text.apply(s.seasonal() ? "kpi.chart.expectedSeasonal" : "kpi.chart.expected");
        String projectionName = text.apply("kpi.chart.projection");
        String targetName = text.apply("kpi.chart.target");
        option.putObject("legend").put("top", 0).putArray("data").add(actualName).add(expectedName)
                .add(projectionName).add(targetName);
        ArrayNode actual = series(option, actualName, colour, "solid", 2.5);
        ArrayNode expected = series(option, expectedName, EXPECTED, "solid", 1.5);
        ArrayNode projection = series(option, projectionName, colour, "dashed", 1.5);
        ArrayNode goal = series(option, targetName, TARGET, "dotted", 1);
        for (int day = 0; day < s.days(); day++) {
            double scale = targets.scale(s.date(day));
            tipped(expected, targets.expected(s, day), expectedName, target, format);
            if (s.hasActual(day) && scale != 1) {
                // before a target change: the share of the goal valid then, which is what the team saw that day
                tippedThen(actual, s.actual(day), targets.actualAgainstThen(s, day), actualName, target * scale,
                        target, format, text);
            } else if (s.hasActual(day)) {
                tipped(actual, s.actual(day), actualName, target, format);
            } else {
                actual.addNull();
            }
            if (s.hasProjection(day)) {
                tipped(projection, s.projection(day), projectionName, target, format);
            } else {
                projection.addNull();
            }
            tipped(goal, scale, targetName, target, format);
        }
        if (todayIndex >= 0) {
            todayMarker((ObjectNode) option.withArray("series").get(0), todayIndex, text.apply("kpi.chart.today"));
        }
    }

    static ArrayNode series(ObjectNode option, String name, String colour, String type, double width) {
        ObjectNode series = option.withArray("series").addObject();
        if (name != null) {
            series.put("name", name);
        }
        series.put("type", "line").put("showSymbol", false).put("color", colour);
        series.putObject("lineStyle").put("type", type).put("width", width);
        return series.putArray("data");
    }

    /** A point of the full chart: % of goal, with its tooltip "Actual: 120 (40%)". */
    private static void tipped(ArrayNode data, double share, String name, double target, KpiFormat format) {
        ObjectNode point = data.addObject();
        double pct = percent(share);
        if (pct == Math.rint(pct)) {
            point.put("value", (long) pct);
        } else {
            point.put("value", pct);
        }
        point.put("tip", name + ": " + format.value(share * target) + " (" + format.share(share) + ")");
    }

    /** A point before a target change: "Actual: 80 (40% of the goal then: 200)". */
    private static void tippedThen(ArrayNode data, double share, double shareThen, String name, double targetThen,
            double target, KpiFormat format, Function<String, String> text) {
        tipped(data, share, name, target, format);
        ((ObjectNode) data.get(data.size() - 1)).put("tip", name + ": " + format.value(share * target) + " ("
                + text.apply("history.chart.shareThen").replace("{0}", format.share(shareThen))
                        .replace("{1}", format.value(targetThen)) + ")");
    }

    /** The share as a percentage with one decimal (written as "40" rather than "40.0" when whole). */
    static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private static void todayMarker(ObjectNode series, int dayIndex, String label) {
        ObjectNode mark = series.putObject("markLine");
        mark.put("symbol", "none").put("silent", true);
        mark.putObject("lineStyle").put("color", "#111827").put("type", "solid").put("width", 1);
        mark.putArray("data").addObject().put("xAxis", dayIndex);
        ObjectNode lbl = mark.putObject("label");
        if (label == null) {
            lbl.put("show", false);
        } else {
            lbl.put("formatter", label).put("position", "end");
        }
    }
}
