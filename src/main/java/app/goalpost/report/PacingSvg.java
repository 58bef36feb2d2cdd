package app.goalpost.report;

import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.TargetStep;
import app.goalpost.planning.pacing.PacingSeries;
import app.goalpost.planning.pacing.TargetTimeline;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The full pacing chart of a KPI as SVG, drawn on the server from the engine's {@link PacingSeries}, the same
 * series and colours the on-screen ECharts chart (kpi/ui/KpiChart) draws: x = the period's days (% of the period),
 * y = % of the goal; actual (status colour), expected pace (grey), projection (dashed), the 100 % target line
 * (dotted) and the as-of day. The same SVG is shown on the report page, printed, and embedded in the PDF.
 * Like the screen chart, a recorded target change steps the 100 % line and the expected pace (each day judged
 * against the target valid then, {@link TargetTimeline}) and is marked with "old → new"; notes and review triggers
 * are marked as vertical lines with a short label.
 */
final class PacingSvg {

    static final int WIDTH = 640;
    static final int HEIGHT = 250;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;
    private static final String EXPECTED = "#9ca3af";
    private static final String TARGET = "#374151";

    private PacingSvg() {
    }

    /**
     * @param colour the status colour of the actual and projection lines
     * @param text   i18n look-up (keys kpi.chart.*)
     * @param date   the locale's short date
     */
    static String render(KpiPacing pacing, LocalDate asOf, String colour, Function<String, String> text,
            Function<LocalDate, String> date, Locale locale) {
        return render(pacing, asOf, colour, text, date, locale, List.of());
    }

    static String render(KpiPacing pacing, LocalDate asOf, String colour, Function<String, String> text,
            Function<LocalDate, String> date, Locale locale, List<ReportTimelineHtml.Mark> marks) {
        PacingSeries s = pacing.series();
        TargetTimeline targets = pacing.targets();
        int last = Math.max(1, s.days() - 1);
        double max = 1.1;
        for (int day = 0; day < s.days(); day++) {
            max = Math.max(max, targets.expected(s, day));
            max = Math.max(max, targets.scale(s.date(day)) * 1.1);
            if (s.hasActual(day)) {
                max = Math.max(max, s.actual(day));
            }
            if (s.hasProjection(day)) {
                max = Math.max(max, s.projection(day));
            }
        }
        max = Math.min(Math.ceil(max * 4) / 4, 20);
        Plot plot = new Plot(last, max);
        StringBuilder svg = new StringBuilder(8192);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gp-report-chart\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" font-family=\"sans-serif\" font-size=\"10\">");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>");
        // y grid and labels: every 25 % up to the top
        double step = max > 4 ? 1 : max > 2 ? 0.5 : 0.25;
        for (double v = 0; v <= max + 1e-9; v += step) {
            double y = plot.y(v);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(f(y)).append("\" y2=\"").append(f(y)).append("\" stroke=\"#e5e7eb\" stroke-width=\"1\"/>");
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(f(y + 3))
                    .append("\" text-anchor=\"end\" fill=\"#4b5563\">").append(ReportHtml.escape(percent(v, locale)))
                    .append("</text>");
        }
        // x ticks: 0, 25, 50, 75, 100 % of the period, labelled with the day
        for (int q = 0; q <= 4; q++) {
            int day = (int) Math.round(last * q / 4.0);
            double x = plot.x(day);
            svg.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
                    .append(HEIGHT - BOTTOM).append("\" y2=\"").append(HEIGHT - BOTTOM + 4)
                    .append("\" stroke=\"#9ca3af\"/>");
            String anchor = q == 0 ? "start" : q == 4 ? "end" : "middle";
            svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 15)
                    .append("\" text-anchor=\"").append(anchor).append("\" fill=\"#4b5563\">")
                    .append(ReportHtml.escape(date.apply(s.date(day)))).append("</text>");
            svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 27)
                    .append("\" text-anchor=\"").append(anchor).append("\" fill=\"#9ca3af\">")
                    .append(ReportHtml.escape(percent(q / 4.0, locale))).append("</text>");
        }
        // the 100 % target line: a step where the target changed
        if (targets.isEmpty()) {
            line(svg, plot, new double[] {0, last}, new double[] {1, 1}, TARGET, 1, "2,3");
        } else {
            double[] tx = new double[s.days()];
            double[] ty = new double[s.days()];
            for (int day = 0; day < s.days(); day++) {
                tx[day] = day;
                ty[day] = targets.scale(s.date(day));
            }
            line(svg, plot, tx, ty, TARGET, 1, "2,3");
        }
        // expected pace, against the target valid each day
        double[] ex = new double[s.days()];
        double[] ey = new double[s.days()];
        for (int day = 0; day < s.days(); day++) {
            ex[day] = day;
            ey[day] = targets.expected(s, day);
        }
        line(svg, plot, ex, ey, EXPECTED, 1.5, null);
        // actuals and projection
        int n = 0;
        double[] ax = new double[s.days()];
        double[] ay = new double[s.days()];
        int p = 0;
        double[] px = new double[s.days()];
        double[] py = new double[s.days()];
        for (int day = 0; day < s.days(); day++) {
            if (s.hasActual(day)) {
                ax[n] = day;
                ay[n++] = s.actual(day);
            }
            if (s.hasProjection(day)) {
                px[p] = day;
                py[p++] = s.projection(day);
            }
        }
        line(svg, plot, java.util.Arrays.copyOf(px, p), java.util.Arrays.copyOf(py, p), colour, 1.5, "6,4");
        line(svg, plot, java.util.Arrays.copyOf(ax, n), java.util.Arrays.copyOf(ay, n), colour, 2.5, null);
        // the as-of day
        long asOfIndex = asOf.toEpochDay() - s.date(0).toEpochDay();
        if (asOfIndex >= 0 && asOfIndex <= last) {
            double x = plot.x(asOfIndex);
            svg.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#111827\" stroke-width=\"1\"/>");
        }
        // target changes, notes and review triggers
        for (TargetStep change : pacing.steps()) {
            String label = text.apply("history.chart.step").replace("{0}", number(change.before(), locale))
                    .replace("{1}", number(change.after(), locale));
            mark(svg, plot, s, change.day(), TARGET, label, "");
        }
        for (ReportTimelineHtml.Mark m : marks) {
            mark(svg, plot, s, m.day(), m.colour(), m.label(), "3,3");
        }
        // legend
        String[][] legend = {
                {text.apply("kpi.chart.actual"), colour, ""},
                {text.apply(s.seasonal() ? "kpi.chart.expectedSeasonal" : "kpi.chart.expected"), EXPECTED, ""},
                {text.apply("kpi.chart.projection"), colour, "6,4"},
                {text.apply("kpi.chart.target"), TARGET, "2,3"}};
        double lx = LEFT;
        for (String[] item : legend) {
            svg.append("<line x1=\"").append(f(lx)).append("\" x2=\"").append(f(lx + 18)).append("\" y1=\"12\" y2=\"12\" stroke=\"")
                    .append(item[1]).append("\" stroke-width=\"2\"");
            if (!item[2].isEmpty()) {
                svg.append(" stroke-dasharray=\"").append(item[2]).append('"');
            }
            svg.append("/><text x=\"").append(f(lx + 22)).append("\" y=\"15\" fill=\"#111827\">")
                    .append(ReportHtml.escape(item[0])).append("</text>");
            lx += 30 + item[0].length() * 5.6;
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static void line(StringBuilder svg, Plot plot, double[] xs, double[] ys, String colour, double width,
            @Nullable String dash) {
        if (xs.length == 0) {
            return;
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width)
                .append('"');
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append(" points=\"");
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                svg.append(' ');
            }
            svg.append(f(plot.x(xs[i]))).append(',').append(f(plot.y(ys[i])));
        }
        // a single point still shows as a dot
        if (xs.length == 1) {
            svg.append(' ').append(f(plot.x(xs[0]) + 0.5)).append(',').append(f(plot.y(ys[0])));
        }
        svg.append("\"/>");
    }

    /** A vertical line on a day of the period with a short label at its top (nothing outside the period). */
    private static void mark(StringBuilder svg, Plot plot, PacingSeries s, LocalDate day, String colour, String label,
            String dash) {
        long index = day.toEpochDay() - s.date(0).toEpochDay();
        if (index < 0 || index >= s.days()) {
            return;
        }
        double x = plot.x(index);
        svg.append("<line class=\"gp-report-mark\" x1=\"").append(f(x)).append("\" x2=\"").append(f(x))
                .append("\" y1=\"").append(TOP).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"")
                .append(colour).append("\" stroke-width=\"1\"");
        if (!dash.isEmpty()) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        String shortLabel = label.length() <= 28 ? label : label.substring(0, 27).strip() + "…";
        svg.append("/><text x=\"").append(f(x + 3)).append("\" y=\"").append(TOP + 9).append("\" fill=\"")
                .append(colour).append("\" font-size=\"9\">").append(ReportHtml.escape(shortLabel)).append("</text>");
    }

    private static String number(java.math.BigDecimal v, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(v);
    }

    private static String percent(double ratio, Locale locale) {
        java.text.NumberFormat format = java.text.NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(0);
        return format.format(ratio);
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private record Plot(int last, double max) {

        double x(double day) {
            return LEFT + (WIDTH - LEFT - RIGHT) * day / last;
        }

        double y(double share) {
            double clamped = Math.max(0, Math.min(max, share));
            return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * clamped / max;
        }
    }
}
