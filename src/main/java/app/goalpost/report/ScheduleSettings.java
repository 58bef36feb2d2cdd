package app.goalpost.report;

import java.util.List;
import java.util.Optional;

/**
 * A workspace's report delivery as the schedule form edits it.
 *
 * @param language   {@code en} or {@code fr}
 * @param recipients normalised e-mail addresses (1 to {@link ReportScheduleService#MAX_RECIPIENTS})
 * @param lastSent   the period key and day of the last delivery, if any (read only)
 * @param version    to send back when saving; {@code -1} before the first save
 */
public record ScheduleSettings(ReportPeriod.Kind frequency, String language, boolean enabled, List<String> recipients,
        Optional<String> lastSent, long version) {

    public ScheduleSettings {
        recipients = List.copyOf(recipients);
    }
}
