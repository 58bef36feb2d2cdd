package app.goalpost.review;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs {@link TriggerDetectionJob} every hour ({@code goalpost.review.detection-cron}): workspaces change day at
 * every hour somewhere. ShedLock (the {@code shedlock} table, V13) keeps it to one node at a time; the open-key
 * uniqueness makes a second run harmless anyway. Tests switch the timer off and call the job themselves.
 */
@Component
@ConditionalOnProperty(name = "goalpost.review.detection.schedule.enabled", havingValue = "true",
        matchIfMissing = true)
class TriggerDetectionSchedule {

    private static final Logger log = LoggerFactory.getLogger(TriggerDetectionSchedule.class);

    private final TriggerDetectionJob job;

    TriggerDetectionSchedule(TriggerDetectionJob job) {
        this.job = job;
    }

    @Scheduled(cron = "${goalpost.review.detection-cron:0 40 * * * *}")
    @SchedulerLock(name = "review-trigger-detection", lockAtMostFor = "PT50M", lockAtLeastFor = "PT1M")
    void run() {
        int raised = job.evaluateAll();
        if (raised > 0) {
            log.info("Raised {} review trigger(s) from the data", raised);
        }
    }
}
