package app.goalpost.report;

import app.goalpost.funnel.BaselineData;
import app.goalpost.kpi.KpiPacing;
import app.goalpost.kpi.KpiTimeline;
import app.goalpost.planning.Message;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.review.PastReview;
import app.goalpost.scenario.ScenarioData;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Everything a client report shows, for one workspace and period, decided by {@link ReportService#report}: the
 * agency's branding, the KPIs paced on the period's last day (or today while the period runs), the current funnel
 * baseline, the plans of record, the lever findings of the baseline, the reviews held in the period and what
 * changed since the previous period. Rendered by {@link ReportHtml} for the screen, the printer and the PDF.
 * <p>
 * {@code timeline} holds the notes people added to the KPIs' timelines and the review triggers raised in the period
 * (the report lists them, and each KPI's chart marks its own notes and the triggers).
 *
 * @param asOf     the day the KPIs are paced on
 * @param language the report's language (English or French); numbers and dates follow {@code locale}
 */
public record ClientReport(Branding branding, long workspaceId, String workspaceName, Currency currency,
        ZoneId timeZone, Locale language, Locale locale, ReportPeriod period, LocalDate asOf, List<KpiPacing> kpis,
        Optional<BaselineData> baseline, List<ScenarioData> plans, List<Message> leverFindings,
        List<PastReview> reviews, List<Change> changes, KpiTimeline timeline) {

    public ClientReport {
        kpis = List.copyOf(kpis);
        plans = List.copyOf(plans);
        leverFindings = List.copyOf(leverFindings);
        reviews = List.copyOf(reviews);
        changes = List.copyOf(changes);
    }

    /** One line of "what changed": a KPI whose status moved, a target changed, a plan adopted, a review held. */
    public record Change(Type type, String subject, LocalDate day, Optional<PacingStatus> before,
            Optional<PacingStatus> after) {

        public enum Type { STATUS, TARGET, PLAN_ADOPTED, REVIEW }
    }
}
