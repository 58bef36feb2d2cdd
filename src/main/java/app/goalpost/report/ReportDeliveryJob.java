package app.goalpost.report;

import app.goalpost.report.internal.ReportDelivery;
import app.goalpost.report.internal.ReportDeliveryRepository;
import app.goalpost.report.internal.ReportSchedule;
import app.goalpost.report.internal.ReportScheduleRepository;
import app.goalpost.shared.i18n.GoalpostI18NProvider;
import app.goalpost.shared.mail.MailOut;
import app.goalpost.tenancy.TenantContext;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspaceNotFoundException;
import app.goalpost.workspace.WorkspaceService;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Sends each enabled schedule's report of the period that just ended, once: a delivery row per (workspace,
 * period) is written after the mail went out, and its unique key refuses a second one. ShedLock keeps the job to
 * one node at a time. Each schedule runs in its agency ({@link TenantContext#runAsTenant}) with the rights of the
 * staff member who saved it: an account that was deactivated, or lost the workspace, sends nothing.
 */
@Component
public class ReportDeliveryJob {

    private static final Logger log = LoggerFactory.getLogger(ReportDeliveryJob.class);

    private final ReportScheduleRepository schedules;
    private final ReportDeliveryRepository deliveries;
    private final ReportService reports;
    private final UserDetailsService users;
    private final MailOut mail;
    private final Clock clock;
    private final WorkspaceService workspaces;

    ReportDeliveryJob(ReportScheduleRepository schedules, ReportDeliveryRepository deliveries, ReportService reports,
            UserDetailsService users, MailOut mail, Clock clock, WorkspaceService workspaces) {
        this.workspaces = workspaces;
        this.schedules = schedules;
        this.deliveries = deliveries;
        this.reports = reports;
        this.users = users;
        this.mail = mail;
        this.clock = clock;
    }

    /** Hourly by default ({@code goalpost.report.delivery-cron}), on one node at a time (ShedLock). */
    @Scheduled(cron = "${goalpost.report.delivery-cron:0 15 * * * *}")
    @SchedulerLock(name = "report-delivery", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void scheduledRun() {
        int sent = deliverDue();
        if (sent > 0) {
            log.info("Sent {} scheduled report(s)", sent);
        }
    }

    /** Sends every due report now; returns how many (workspace, period) reports went out. */
    public int deliverDue() {
        if (!mail.available() || SecurityContextHolder.getContext().getAuthentication() != null) {
            return 0;
        }
        record Due(long agencyId, long scheduleId) {
        }
        List<Due> due = TenantContext.runAsSystem(() -> schedules.findByEnabledTrueOrderByIdAsc().stream()
                .map(s -> new Due(s.getAgencyId(), s.getId())).toList());
        int sent = 0;
        for (Due d : due) {
            try {
                sent += TenantContext.runAsTenant(d.agencyId(), () -> deliver(d.scheduleId()));
            } catch (RuntimeException e) {
                log.warn("Report delivery of schedule {} failed: {}", d.scheduleId(), e.toString());
            } finally {
                SecurityContextHolder.clearContext();
            }
        }
        return sent;
    }

    private int deliver(long scheduleId) {
        ReportSchedule schedule = schedules.findById(scheduleId).orElse(null);
        if (schedule == null || !schedule.isEnabled() || schedule.getRecipients().isEmpty()) {
            return 0;
        }
        try {
            // an archived client has left the agency's active work: its schedule stays (unarchiving resumes it)
            // but sends nothing
            workspaces.getInJob(new WorkspaceId(schedule.getWorkspaceId()));
        } catch (WorkspaceNotFoundException archived) {
            log.debug("Report schedule {}: workspace archived, nothing sent", scheduleId);
            return 0;
        }
        UserDetails sender;
        try {
            sender = users.loadUserByUsername(schedule.getScheduledByEmail());
        } catch (AuthenticationException e) {
            log.info("Report schedule {}: its staff member is gone, nothing sent", scheduleId);
            return 0;
        }
        if (!sender.isEnabled() || sender.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_CLIENT"))) {
            return 0;
        }
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(sender, null, sender.getAuthorities()));
        WorkspaceId workspace = new WorkspaceId(schedule.getWorkspaceId());
        Locale language = Locale.forLanguageTag(schedule.getLanguage());
        ReportPeriod period;
        ClientReport report;
        try {
            period = reports.lastCompletePeriod(workspace, schedule.getFrequency());
            if (deliveries.existsByWorkspaceIdAndPeriodKey(workspace.value(), period.key())) {
                return 0;
            }
            report = reports.report(workspace, period, language);
        } catch (WorkspaceNotFoundException e) {
            log.info("Report schedule {}: its staff member no longer sees the workspace, nothing sent", scheduleId);
            return 0;
        }
        byte[] pdf = reports.pdf(report);
        String periodLabel = PeriodLabel.of(period, language);
        String subject = GoalpostI18NProvider.translate("report.mail.subject", language, report.workspaceName(),
                periodLabel);
        String body = GoalpostI18NProvider.translate("report.mail.body", language, report.workspaceName(),
                periodLabel, report.branding().displayName());
        MailOut.Attachment file = new MailOut.Attachment(fileName(report), pdf, "application/pdf");
        int delivered = 0;
        for (String to : schedule.getRecipients()) {
            if (mail.send(to, subject, body, file, "report of schedule " + scheduleId)) {
                delivered++;
            }
        }
        if (delivered == 0) {
            return 0;
        }
        try {
            deliveries.save(new ReportDelivery(workspace.value(), period.key(), delivered, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            log.warn("Report schedule {}: period {} was recorded by another run", scheduleId, period.key());
        }
        return 1;
    }

    /** {@code report-harbor-vale-2026-11.pdf}: ASCII only, safe in a header. */
    public static String fileName(ClientReport report) {
        String slug = java.text.Normalizer.normalize(report.workspaceName(), java.text.Normalizer.Form.NFD)
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase(Locale.ROOT);
        return "report-" + (slug.isEmpty() ? "workspace" : slug) + "-" + report.period().key() + ".pdf";
    }
}
