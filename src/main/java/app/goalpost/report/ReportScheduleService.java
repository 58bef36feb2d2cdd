package app.goalpost.report;

import app.goalpost.report.internal.ReportDeliveryRepository;
import app.goalpost.report.internal.ReportSchedule;
import app.goalpost.report.internal.ReportScheduleRepository;
import app.goalpost.security.CurrentUser;
import app.goalpost.security.GoalpostPrincipal;
import app.goalpost.security.Roles;
import app.goalpost.shared.InvalidInputException;
import app.goalpost.user.EmailAddresses;
import app.goalpost.workspace.WorkspaceAccess;
import app.goalpost.workspace.WorkspaceId;
import app.goalpost.workspace.WorkspacePermission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mail delivery schedule of a workspace's report. Agency staff with access to the workspace (EDIT_BASELINE)
 * read and set it; clients never see it. Recipients are addresses staff enter (validated, at most 20): a report
 * goes to whoever the agency decides, including client contacts without an account. The delivery job sends with
 * the rights of the staff member who saved the schedule last, and sends nothing once they lost access.
 */
@Service
public class ReportScheduleService {

    public static final int MAX_RECIPIENTS = 20;

    private final ReportScheduleRepository schedules;
    private final ReportDeliveryRepository deliveries;
    private final WorkspaceAccess access;
    private final Clock clock;

    ReportScheduleService(ReportScheduleRepository schedules, ReportDeliveryRepository deliveries,
            WorkspaceAccess access, Clock clock) {
        this.schedules = schedules;
        this.deliveries = deliveries;
        this.access = access;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_STAFF)
    @Transactional(readOnly = true)
    public ScheduleSettings schedule(WorkspaceId workspaceId) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        Optional<String> lastSent = deliveries.findFirstByWorkspaceIdOrderBySentAtDesc(workspaceId.value())
                .map(d -> d.getPeriodKey());
        return schedules.findByWorkspaceId(workspaceId.value())
                .map(s -> new ScheduleSettings(s.getFrequency(), s.getLanguage(), s.isEnabled(), s.getRecipients(),
                        lastSent, s.getVersion()))
                .orElseGet(() -> new ScheduleSettings(ReportPeriod.Kind.MONTH, "en", false, List.of(), lastSent, -1));
    }

    /** Saves the schedule; every recipient is checked first and nothing is written when one is invalid. */
    @PreAuthorize(Roles.IS_STAFF)
    @Transactional
    public void save(WorkspaceId workspaceId, ScheduleSettings settings, long expectedVersion) {
        access.require(workspaceId.value(), WorkspacePermission.EDIT_BASELINE);
        List<String> recipients = settings.enabled() || settings.recipients().stream().anyMatch(r -> !r.isBlank())
                ? recipients(settings.recipients()) : List.of();
        String language = "fr".equals(settings.language()) ? "fr" : "en";
        GoalpostPrincipal user = CurrentUser.require();
        Optional<ReportSchedule> saved = schedules.findByWorkspaceId(workspaceId.value());
        ReportSchedule schedule;
        if (saved.isPresent()) {
            saved.get().requireVersion(expectedVersion);
            schedule = saved.get();
        } else if (expectedVersion != -1) {
            throw new ObjectOptimisticLockingFailureException(ReportSchedule.class, workspaceId.value());
        } else {
            schedule = new ReportSchedule(workspaceId.value());
        }
        schedule.apply(settings.frequency(), language, settings.enabled(), recipients, user.userId(), user.email(),
                clock.instant());
        if (saved.isEmpty()) {
            schedules.save(schedule);
        }
    }

    static List<String> recipients(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String r : raw) {
            String value = r.strip();
            if (value.isEmpty()) {
                continue;
            }
            try {
                out.add(EmailAddresses.normalise("recipients", value));
            } catch (InvalidInputException e) {
                throw new InvalidInputException("recipients", "report.schedule.error.recipient", value);
            }
        }
        if (out.isEmpty() || out.size() > MAX_RECIPIENTS) {
            throw new InvalidInputException("recipients", "report.schedule.error.recipients", MAX_RECIPIENTS);
        }
        return new ArrayList<>(out);
    }
}
