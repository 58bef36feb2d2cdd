package app.goalpost.kpi.ui;

import app.goalpost.kpi.KpiPacing;
import app.goalpost.planning.pacing.PacingResult;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Currency;

/** One KPI on the dashboard: name, status, % of goal vs % of period, projection and a mini chart. */
class KpiCard extends Div {

    KpiCard(KpiPacing pacing, LocalDate today, Currency currency, Runnable open) {
        addClassNames("gp-kpi-card", "gp-kpi-card-" + pacing.status().name().toLowerCase(java.util.Locale.ROOT));
        setId("kpi-card-" + pacing.kpi().id());
        KpiFormat format = KpiFormat.of(pacing.kpi(), currency, getLocale());
        PacingResult r = pacing.result();

        Span name = new Span(pacing.kpi().name());
        name.addClassName("gp-kpi-name");
        Div head = new Div(name, new StatusBadge(pacing.status(), pacing.kpi().kind()));
        head.addClassName("gp-kpi-head");
        add(head);

        Span progress = new Span(progressText(pacing, format));
        progress.addClassName("gp-kpi-progress");
        add(progress);
        // level KPIs have no projection (the engine keeps the current value): their rule says more
        Span projection = new Span(!pacing.kpi().cumulative()
                ? getTranslation("kpi.fact.ruleValue",
                        getTranslation("kpi.direction." + pacing.kpi().direction().name()),
                        format.share(pacing.kpi().tolerance().doubleValue()))
                : r.projection().isPresent()
                        ? getTranslation("kpi.card.projection", format.value(r.projection().getAsDouble()),
                                format.value(pacing.kpi().target()), format.share(r.projectionShare().getAsDouble()))
                        : getTranslation("kpi.card.noProjection"));
        projection.addClassName("gp-kpi-projection");
        add(projection);

        KpiChart chart = new KpiChart(true);
        chart.show(pacing, today, format, this::getTranslation);
        add(chart);
        getElement().setAttribute("role", "link");
        getElement().setAttribute("tabindex", "0");
        addClickListener(e -> open.run());
    }

    /** "40 % of goal · 50 % of period" (cumulative; with the seasonal expected share when there is one) or "Now 3.1 % · target 3.5 %" (level). */
    private String progressText(KpiPacing pacing, KpiFormat format) {
        PacingResult r = pacing.result();
        if (pacing.kpi().cumulative()) {
            String key = pacing.kpi().kind() == app.goalpost.kpi.KpiKind.BUDGET ? "kpi.card.spent" : "kpi.card.achieved";
            // the status is judged against last year's season when there is one: show that share, not only the
            // straight share of the period, or the card contradicts its own badge
            return r.seasonal()
                    ? getTranslation(key + "Seasonal", format.share(r.achieved()), format.share(r.expected()),
                            format.share(r.elapsed()))
                    : getTranslation(key, format.share(r.achieved()), format.share(r.elapsed()));
        }
        return r.actual().isPresent()
                ? getTranslation("kpi.card.level", format.value(r.actual().getAsDouble()),
                        format.value(pacing.kpi().target()), format.share(r.elapsed()))
                : getTranslation("kpi.card.levelNoData", format.value(pacing.kpi().target()),
                        format.share(r.elapsed()));
    }
}
