package app.goalpost.report;

import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.KpiTimeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The report's "Notes and review triggers" section (the period's notes on the KPIs' timelines and the triggers
 * raised, by day) and the marks each KPI's chart draws for them: its own notes and every trigger of the workspace.
 */
final class ReportTimelineHtml {

    static final String NOTE = "#2563eb";
    static final String TRIGGER = "#d97706";

    private ReportTimelineHtml() {
    }

    /** One vertical mark on a report chart. */
    record Mark(LocalDate day, String colour, String label) {
    }

    static List<Mark> marksOf(ClientReport report, KpiPacing kpi) {
        List<Mark> marks = new ArrayList<>();
        for (KpiTimeline.Note note : report.timeline().notes()) {
            if (note.kpiId() == kpi.kpi().id()) {
                marks.add(new Mark(note.day(), NOTE, note.text()));
            }
        }
        for (KpiTimeline.Trigger trigger : report.timeline().triggers()) {
            marks.add(new Mark(trigger.day(), TRIGGER, kind(trigger, k -> GoalpostText.of(report, k))));
        }
        return marks;
    }

    static void append(StringBuilder out, ClientReport report, BiFunction<String, Object[], String> t,
            Function<LocalDate, String> date) {
        out.append("<h2 class=\"gp-report-section\" style=\"color: ").append(report.branding().accentColour())
                .append(";\">").append(ReportHtml.escape(t.apply("history.report.title", new Object[0])))
                .append("</h2>");
        KpiTimeline timeline = report.timeline();
        if (timeline.notes().isEmpty() && timeline.triggers().isEmpty()) {
            out.append("<p class=\"gp-report-empty\">")
                    .append(ReportHtml.escape(t.apply("history.report.none", new Object[0]))).append("</p>");
            return;
        }
        Map<Long, String> names = new HashMap<>();
        report.kpis().forEach(k -> names.put(k.kpi().id(), k.kpi().name()));
        record Line(LocalDate day, String html) {
        }
        List<Line> lines = new ArrayList<>();
        for (KpiTimeline.Note n : timeline.notes()) {
            String kpi = names.get(n.kpiId());
            lines.add(new Line(n.day(), "<li class=\"gp-report-note\"><strong>" + ReportHtml.escape(date.apply(n.day()))
                    + "</strong> · " + (kpi == null ? "" : ReportHtml.escape(kpi) + " · ")
                    + ReportHtml.escape(n.text()) + " <span class=\"gp-report-muted\">(" + ReportHtml.escape(n.author())
                    + ")</span></li>"));
        }
        for (KpiTimeline.Trigger tr : timeline.triggers()) {
            lines.add(new Line(tr.day(), "<li class=\"gp-report-trigger\"><strong>"
                    + ReportHtml.escape(date.apply(tr.day())) + "</strong> · "
                    + ReportHtml.escape(t.apply("history.report.trigger", new Object[0])) + ": "
                    + ReportHtml.escape(kind(tr, k -> t.apply(k, new Object[0])))
                    + tr.reason().map(r -> " — " + ReportHtml.escape(r)).orElse("")
                    + " <span class=\"gp-report-muted\">(" + ReportHtml.escape(tr.raisedBy()) + ")</span></li>"));
        }
        lines.sort(java.util.Comparator.comparing(Line::day));
        out.append("<ul class=\"gp-report-timeline\" id=\"report-timeline\">");
        lines.forEach(l -> out.append(l.html()));
        out.append("</ul>");
    }

    private static String kind(KpiTimeline.Trigger trigger, Function<String, String> text) {
        String s = text.apply("review.trigger." + trigger.kind().name());
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Texts in the report's language. */
    private static final class GoalpostText {
        static String of(ClientReport report, String key) {
            return app.goalpost.shared.i18n.GoalpostI18NProvider.translate(key, report.language());
        }
    }
}
