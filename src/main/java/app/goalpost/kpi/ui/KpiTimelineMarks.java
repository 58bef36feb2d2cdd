package app.goalpost.kpi.ui;

import app.goalpost.history.RevisionSource;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.KpiTimeline;
import app.goalpost.kpi.TargetStep;
import app.goalpost.planning.pacing.PacingSeries;
import app.goalpost.shared.ui.Formats;
import java.time.LocalDate;
import java.util.function.Function;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The marks on a full KPI chart's timeline: a vertical line where the target changed ("Target 200 → 300", with who
 * and why in the tooltip), one per note people added, and one per review trigger of the workspace. They sit on a
 * series of their own ("Notes and changes" in the legend, so a reader can hide them); each mark carries its
 * pre-formatted {@code tip} like the points do.
 */
final class KpiTimelineMarks {

    static final String STEP = "#374151";
    static final String NOTE = "#2563eb";
    static final String TRIGGER = "#d97706";
    private static final int LABEL = 24;

    private KpiTimelineMarks() {
    }

    static void add(ObjectNode option, KpiPacing pacing, KpiTimeline timeline, KpiFormat format,
            Function<String, String> text) {
        PacingSeries s = pacing.series();
        if (pacing.steps().isEmpty() && timeline.notes().isEmpty() && timeline.triggers().isEmpty()) {
            return;
        }
        String name = text.apply("history.chart.marks");
        option.withObject("legend").withArray("data").add(name);
        ObjectNode series = option.withArray("series").addObject();
        series.put("name", name).put("type", "line").put("color", NOTE).putArray("data");
        ObjectNode markLine = series.putObject("markLine");
        markLine.put("symbol", "none");
        markLine.putObject("tooltip").put("show", true).put("trigger", "item");
        ArrayNode data = markLine.putArray("data");
        for (TargetStep step : pacing.steps()) {
            int day = index(s, step.day());
            if (day < 0) {
                continue;
            }
            String change = text.apply("history.chart.step").replace("{0}", format.value(step.before()))
                    .replace("{1}", format.value(step.after()));
            String who = step.by().orElseGet(() -> text.apply("history.source." + step.source().name()));
            String why = step.source() == RevisionSource.PLAN
                    ? text.apply("history.reason.plan").replace("{0}", step.reason()) : step.reason();
            mark(data, day, change, STEP, "solid", date(s, day, format) + " · " + change + " · " + who
                    + (why.isEmpty() ? "" : " · " + why), "target-step");
        }
        for (KpiTimeline.Note note : timeline.notes()) {
            int day = index(s, note.day());
            if (day >= 0) {
                mark(data, day, clip(note.text()), NOTE, "dashed",
                        date(s, day, format) + " · " + note.text() + " · " + note.author(), "note");
            }
        }
        for (KpiTimeline.Trigger trigger : timeline.triggers()) {
            int day = index(s, trigger.day());
            if (day >= 0) {
                String kind = capitalised(text.apply("review.trigger." + trigger.kind().name()));
                mark(data, day, clip(kind), TRIGGER, "dotted", date(s, day, format) + " · " + kind
                        + trigger.reason().map(r -> " · " + r).orElse("") + " · " + trigger.raisedBy(), "trigger");
            }
        }
    }

    private static void mark(ArrayNode data, int day, String label, String colour, String type, String tip,
            String kind) {
        ObjectNode mark = data.addObject();
        mark.put("xAxis", day).put("tip", tip).put("gpMark", kind);
        mark.putObject("lineStyle").put("color", colour).put("type", type).put("width", 1.5);
        mark.putObject("label").put("formatter", label).put("position", "insideEndTop").put("color", colour)
                .put("fontSize", 10);
    }

    /** The day's index in the series, −1 outside the period. */
    private static int index(PacingSeries s, LocalDate day) {
        long i = day.toEpochDay() - s.date(0).toEpochDay();
        return i < 0 || i >= s.days() ? -1 : (int) i;
    }

    private static String date(PacingSeries s, int day, KpiFormat format) {
        return Formats.date(s.date(day), format.locale());
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String clip(String text) {
        return text.length() <= LABEL ? text : text.substring(0, LABEL - 1).strip() + "…";
    }
}
