package app.goalpost.report;

import app.goalpost.funnel.BaselineData;
import app.goalpost.funnel.BaselineRow;
import app.goalpost.kpi.KpiKind;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.planning.Message;
import app.goalpost.planning.pacing.PacingResult;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.review.PastReview;
import app.goalpost.scenario.ScenarioData;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import app.goalpost.shared.i18n.MoneyFormat;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ClientReport} as one XHTML fragment (a single {@code <div class="gp-report">}): the report page shows it,
 * the browser prints it with the print stylesheet, and {@link ReportPdf} turns the same fragment into the PDF, so
 * the three never differ. Every text is escaped; charts are inline SVG from {@link PacingSvg}.
 */
public final class ReportHtml {

    private final ClientReport report;
    private final Locale locale;
    private final StringBuilder out = new StringBuilder(32_768);

    private ReportHtml(ClientReport report) {
        this.report = report;
        this.locale = report.locale();
    }

    public static String fragment(ClientReport report) {
        return new ReportHtml(report).build();
    }

    private String build() {
        String accent = report.branding().accentColour();
        out.append("<div class=\"gp-report\" id=\"client-report\">");
        out.append("<div class=\"gp-report-header\" style=\"border-bottom: 4px solid ").append(accent).append(";\">");
        report.branding().logo().ifPresent(logo -> out.append("<img class=\"gp-report-logo\" alt=\"")
                .append(escape(report.branding().displayName())).append("\" src=\"").append(logo.dataUri())
                .append("\"/>"));
        out.append("<div class=\"gp-report-agency\" style=\"color: ").append(accent).append(";\">")
                .append(escape(report.branding().displayName())).append("</div>");
        out.append("<h1 class=\"gp-report-title\">").append(escape(t("report.title", report.workspaceName())))
                .append("</h1>");
        out.append("<p class=\"gp-report-period\">").append(escape(periodLabel(report.period())))
                .append(" · ").append(escape(t("report.asOf", date(report.asOf())))).append("</p>");
        out.append("</div>");

        changes();
        kpis();
        baseline();
        plans();
        findings();
        reviews();
        ReportTimelineHtml.append(out, report, this::t, this::date);
        out.append("<p class=\"gp-report-footer\">")
                .append(escape(t("report.footer", report.branding().displayName(), report.currency().getCurrencyCode())))
                .append("</p>");
        out.append("</div>");
        return out.toString();
    }

    private void section(String titleKey) {
        out.append("<h2 class=\"gp-report-section\" style=\"color: ").append(report.branding().accentColour())
                .append(";\">").append(escape(t(titleKey))).append("</h2>");
    }

    private void changes() {
        section("report.changes.title");
        if (report.changes().isEmpty()) {
            para("report.changes.none");
            return;
        }
        out.append("<ul class=\"gp-report-changes\">");
        for (ClientReport.Change c : report.changes()) {
            String text = switch (c.type()) {
                case STATUS -> t("report.changes.status", c.subject(), status(c.before().orElseThrow(), null),
                        status(c.after().orElseThrow(), null));
                case TARGET -> t("report.changes.target", c.subject(), date(c.day()));
                case PLAN_ADOPTED -> t("report.changes.plan", c.subject(), date(c.day()));
                case REVIEW -> t("report.changes.review", date(c.day()));
            };
            out.append("<li>").append(escape(text)).append("</li>");
        }
        out.append("</ul>");
    }

    private void kpis() {
        section("report.kpis.title");
        if (report.kpis().isEmpty()) {
            para("report.kpis.none");
            return;
        }
        for (KpiPacing k : report.kpis()) {
            String colour = colour(k.status(), k.kpi().kind());
            out.append("<div class=\"gp-report-kpi\" id=\"report-kpi-").append(k.kpi().id()).append("\">");
            out.append("<div class=\"gp-report-kpi-head\"><span class=\"gp-report-kpi-name\">")
                    .append(escape(k.kpi().name())).append("</span> <span class=\"gp-report-badge\" style=\"background: ")
                    .append(colour).append(";\">").append(escape(status(k.status(), k.kpi().kind()))).append("</span></div>");
            out.append("<p class=\"gp-report-kpi-progress\">").append(escape(progress(k))).append("</p>");
            out.append("<p class=\"gp-report-kpi-projection\">").append(escape(projection(k))).append("</p>");
            out.append("<div class=\"gp-report-chart-box\">");
            out.append(PacingSvg.render(k, report.asOf(), colour, this::t, this::shortDate, locale,
                    ReportTimelineHtml.marksOf(report, k)));
            out.append("</div></div>");
        }
    }

    private void baseline() {
        section("report.baseline.title");
        if (report.baseline().isEmpty()) {
            para("report.baseline.none");
            return;
        }
        BaselineData b = report.baseline().get();
        out.append("<p>").append(escape(t("report.baseline.of", b.name(), date(b.periodStart()), date(b.periodEnd()))))
                .append("</p>");
        out.append("<table class=\"gp-report-table\"><thead><tr><th>").append(escape(t("report.baseline.stage")))
                .append("</th><th class=\"num\">").append(escape(t("report.baseline.volume")))
                .append("</th><th class=\"num\">").append(escape(t("report.baseline.spend"))).append("</th></tr></thead><tbody>");
        for (BaselineRow r : b.rows()) {
            out.append("<tr><td>").append(escape(r.stageName())).append("</td><td class=\"num\">")
                    .append(escape(number(r.volume().doubleValue(), 0))).append("</td><td class=\"num\">")
                    .append(escape(r.spend().map(this::money).orElse("–"))).append("</td></tr>");
        }
        out.append("</tbody></table>");
    }

    private void plans() {
        section("report.plans.title");
        if (report.plans().isEmpty()) {
            para("report.plans.none");
            return;
        }
        for (ScenarioData plan : report.plans()) {
            out.append("<p class=\"gp-report-plan\"><strong>").append(escape(plan.name())).append("</strong>");
            plan.adoptedAt().ifPresent(at -> out.append(" · ").append(escape(t("report.plans.adopted",
                    date(LocalDate.ofInstant(at, report.timeZone()))))));
            out.append("</p>");
            if (!plan.targets().isEmpty()) {
                out.append("<table class=\"gp-report-table\"><thead><tr><th>").append(escape(t("report.baseline.stage")))
                        .append("</th><th class=\"num\">").append(escape(t("report.plans.planned")))
                        .append("</th></tr></thead><tbody>");
                for (ScenarioData.PlannedTarget target : plan.targets()) {
                    out.append("<tr><td>").append(escape(target.stageName())).append("</td><td class=\"num\">")
                            .append(escape(number(target.wholeUnits(), 0))).append("</td></tr>");
                }
                out.append("</tbody></table>");
            }
        }
    }

    private void findings() {
        section("report.levers.title");
        if (report.leverFindings().isEmpty()) {
            para("report.levers.none");
            return;
        }
        out.append("<ul class=\"gp-report-findings\">");
        for (Message m : report.leverFindings()) {
            out.append("<li>").append(escape(t(m.key(), m.args().toArray()))).append("</li>");
        }
        out.append("</ul>");
    }

    private void reviews() {
        section("report.reviews.title");
        if (report.reviews().isEmpty()) {
            para("report.reviews.none");
            return;
        }
        out.append("<ul class=\"gp-report-reviews\">");
        for (PastReview r : report.reviews()) {
            out.append("<li><strong>").append(escape(date(r.date()))).append("</strong> · ")
                    .append(escape(t("report.reviews.decision." + r.decision().name())));
            r.notes().ifPresent(n -> out.append("<br/>").append(escape(n)));
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private void para(String key) {
        out.append("<p class=\"gp-report-empty\">").append(escape(t(key))).append("</p>");
    }

    private String progress(KpiPacing k) {
        PacingResult r = k.result();
        if (k.kpi().cumulative()) {
            String key = k.kpi().kind() == KpiKind.BUDGET ? "kpi.card.spent" : "kpi.card.achieved";
            return r.seasonal() ? t(key + "Seasonal", share(r.achieved()), share(r.expected()), share(r.elapsed()))
                    : t(key, share(r.achieved()), share(r.elapsed()));
        }
        return r.actual().isPresent()
                ? t("kpi.card.level", value(k, r.actual().getAsDouble()), value(k, k.kpi().target().doubleValue()),
                        share(r.elapsed()))
                : t("kpi.card.levelNoData", value(k, k.kpi().target().doubleValue()), share(r.elapsed()));
    }

    private String projection(KpiPacing k) {
        PacingResult r = k.result();
        if (!k.kpi().cumulative()) {
            return t("kpi.fact.ruleValue", t("kpi.direction." + k.kpi().direction().name()),
                    share(k.kpi().tolerance().doubleValue()));
        }
        return r.projection().isPresent()
                ? t("kpi.card.projection", value(k, r.projection().getAsDouble()),
                        value(k, k.kpi().target().doubleValue()), share(r.projectionShare().getAsDouble()))
                : t("kpi.card.noProjection");
    }

    private String value(KpiPacing k, double v) {
        return switch (k.kpi().unit()) {
            case COUNT -> number(v, Math.abs(v) >= 100 ? 0 : 1);
            case MONEY -> money(BigDecimal.valueOf(v));
            case PERCENT -> percent(v / 100, 2);
        };
    }

    private String status(PacingStatus status, @Nullable KpiKind kind) {
        String key = switch (status) {
            case AHEAD, ON_TRACK, BEHIND -> kind == null || kind == KpiKind.OUTCOME ? "kpi.status." + status.name()
                    : "kpi.status." + kind.name() + "." + status.name();
            case NO_DATA, NOT_STARTED -> "kpi.status." + status.name();
        };
        return t(key);
    }

    /** The status colours of the dashboard (kpi/ui/KpiFormat and styles.css carry the same). */
    static String colour(PacingStatus status, KpiKind kind) {
        return switch (status) {
            case AHEAD -> kind == KpiKind.BUDGET ? "#1565c0" : "#1a7f37";
            case ON_TRACK -> kind == KpiKind.BUDGET ? "#1a7f37" : "#1565c0";
            case BEHIND -> "#c62828";
            case NOT_STARTED, NO_DATA -> "#6b7280";
        };
    }

    private String periodLabel(ReportPeriod p) {
        if (p.kind() == ReportPeriod.Kind.MONTH) {
            String month = DateTimeFormatter.ofPattern("LLLL yyyy", report.language()).format(p.start());
            return Character.toUpperCase(month.charAt(0)) + month.substring(1);
        }
        return t("report.period.week", p.key().substring(6), p.key().substring(0, 4), date(p.start()), date(p.end()));
    }

    private String t(String key, Object... args) {
        return GoalpostI18NProvider.translate(key, report.language(), args);
    }

    private String date(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(d);
    }

    private String shortDate(LocalDate d) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale).format(d);
    }

    private String number(double v, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(v);
    }

    private String percent(double ratio, int decimals) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(ratio);
    }

    private String share(double ratio) {
        return percent(ratio, Math.abs(ratio) < 10 ? 1 : 0);
    }

    private String money(BigDecimal amount) {
        return MoneyFormat.format(amount, report.currency(), locale);
    }

    /** XML text and attribute escaping (the fragment is parsed as XHTML by the PDF renderer). */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
