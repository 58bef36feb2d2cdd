package app.goalpost.share.ui;

import app.goalpost.kpi.KpiKind;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.planning.pacing.PacingResult;
import app.goalpost.planning.pacing.PacingSeries;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.shared.ui.EChart;
import app.goalpost.shared.ui.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One KPI of the shared dashboard, read-only: name, status, % of goal against % of period, projection and a mini
 * chart, in the dashboard's wording (its i18n keys) and styles. Built here from the page model, not from the KPI
 * feature's views (feature views do not depend on each other); it opens nothing.
 */
class SharedKpiCard extends Div {

    private static final String EXPECTED = "#9ca3af";
    private static final String TARGET = "#374151";
    private static final int STEP = 7;

    SharedKpiCard(KpiPacing pacing, LocalDate today, Currency currency) {
        addClassNames("gp-kpi-card", "gp-shared-kpi-card",
                "gp-kpi-card-" + pacing.status().name().toLowerCase(Locale.ROOT));
        setId("shared-kpi-" + pacing.kpi().id());
        Locale locale = getLocale();
        PacingResult r = pacing.result();
        KpiKind kind = pacing.kpi().kind();

        Span name = new Span(pacing.kpi().name());
        name.addClassName("gp-kpi-name");
        Span status = new Span(getTranslation(statusKey(pacing.status(), kind)));
        status.addClassNames("gp-status", "gp-status-" + pacing.status().name().toLowerCase(Locale.ROOT));
        status.getElement().getThemeList().add(switch (pacing.status()) {
            case BEHIND -> "badge error";
            case AHEAD, ON_TRACK -> "badge";
            case NO_DATA, NOT_STARTED -> "badge contrast";
        });
        Div head = new Div(name, status);
        head.addClassName("gp-kpi-head");
        add(head);

        Span progress = new Span(progress(pacing, locale, currency));
        progress.addClassName("gp-kpi-progress");
        add(progress);
        if (pacing.kpi().cumulative()) {
            Span projection = new Span(r.projection().isPresent()
                    ? getTranslation("kpi.card.projection", value(pacing, r.projection().getAsDouble(), locale, currency),
                            value(pacing, pacing.kpi().target().doubleValue(), locale, currency),
                            share(r.projectionShare().getAsDouble(), locale))
                    : getTranslation("kpi.card.noProjection"));
            projection.addClassName("gp-kpi-projection");
            add(projection);
        }
        EChart chart = new EChart();
        chart.addClassName("gp-kpi-mini-chart");
        chart.setHeight("110px");
        chart.setOption(miniChart(pacing.series(), colour(pacing.status()), today));
        add(chart);
    }

    private String progress(KpiPacing pacing, Locale locale, Currency currency) {
        PacingResult r = pacing.result();
        if (pacing.kpi().cumulative()) {
            String key = pacing.kpi().kind() == KpiKind.BUDGET ? "kpi.card.spent" : "kpi.card.achieved";
            return r.seasonal()
                    ? getTranslation(key + "Seasonal", share(r.achieved(), locale), share(r.expected(), locale),
                            share(r.elapsed(), locale))
                    : getTranslation(key, share(r.achieved(), locale), share(r.elapsed(), locale));
        }
        String target = value(pacing, pacing.kpi().target().doubleValue(), locale, currency);
        return r.actual().isPresent()
                ? getTranslation("kpi.card.level", value(pacing, r.actual().getAsDouble(), locale, currency), target,
                        share(r.elapsed(), locale))
                : getTranslation("kpi.card.levelNoData", target, share(r.elapsed(), locale));
    }

    static String statusKey(PacingStatus status, KpiKind kind) {
        return switch (status) {
            case AHEAD, ON_TRACK, BEHIND -> kind == KpiKind.OUTCOME ? "kpi.status." + status.name()
                    : "kpi.status." + kind.name() + "." + status.name();
            case NO_DATA, NOT_STARTED -> "kpi.status." + status.name();
        };
    }

    private static String value(KpiPacing pacing, double v, Locale locale, Currency currency) {
        return switch (pacing.kpi().unit()) {
            case COUNT -> Formats.number(v, Math.abs(v) >= 100 ? 0 : 1, locale);
            case MONEY -> Formats.money(BigDecimal.valueOf(v), currency, locale);
            case PERCENT -> Formats.percent(v / 100, 2, locale);
        };
    }

    private static String share(double ratio, Locale locale) {
        return Formats.percent(ratio, Math.abs(ratio) < 10 ? 1 : 0, locale);
    }

    private static String colour(PacingStatus status) {
        return switch (status) {
            case BEHIND -> "#c62828";
            case AHEAD, ON_TRACK -> "#1565c0";
            case NO_DATA, NOT_STARTED -> "#6b7280";
        };
    }

    /** Weekly points of the actual and expected share of the goal, the 100 % line and today's marker; no tooltips. */
    private static ObjectNode miniChart(PacingSeries s, String colour, LocalDate today) {
        ObjectNode option = EChart.newOption();
        option.put("animation", false);
        option.putObject("grid").put("left", 4).put("right", 4).put("top", 8).put("bottom", 4);
        int last = s.days() - 1;
        option.putObject("xAxis").put("type", "value").put("min", 0).put("max", last).put("show", false);
        option.putObject("yAxis").put("type", "value").put("min", 0).put("show", false);
        ArrayNode actual = line(option, colour, "solid", 2.5);
        ArrayNode expected = line(option, EXPECTED, "solid", 1.5);
        ArrayNode goal = line(option, TARGET, "dotted", 1);
        for (int day = 0; day <= last; day++) {
            boolean sampled = day % STEP == 0 || day == last || day == s.lastActualDay();
            if (sampled) {
                expected.addArray().add(day).add(percent(s.expected(day)));
                if (s.hasActual(day)) {
                    actual.addArray().add(day).add(percent(s.actual(day)));
                }
            }
        }
        goal.addArray().add(0).add(100);
        goal.addArray().add(last).add(100);
        long todayIndex = today.toEpochDay() - s.date(0).toEpochDay();
        if (todayIndex >= 0 && todayIndex <= last) {
            ObjectNode mark = ((ObjectNode) option.withArray("series").get(0)).putObject("markLine");
            mark.put("symbol", "none").put("silent", true);
            mark.putObject("lineStyle").put("color", "#111827").put("type", "solid").put("width", 1);
            mark.putObject("label").put("show", false);
            mark.putArray("data").addObject().put("xAxis", todayIndex);
        }
        return option;
    }

    private static ArrayNode line(ObjectNode option, String colour, String type, double width) {
        ObjectNode series = option.withArray("series").addObject();
        series.put("type", "line").put("showSymbol", false).put("color", colour).put("silent", true);
        series.putObject("lineStyle").put("type", type).put("width", width);
        return series.putArray("data");
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }
}
