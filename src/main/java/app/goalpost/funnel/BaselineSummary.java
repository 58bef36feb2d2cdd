package app.goalpost.funnel;

import app.goalpost.planning.funnel.BaselineMethod;
import java.time.LocalDate;

/** A baseline in the workspace's list. */
public record BaselineSummary(long id, String name, BaselineMethod method, LocalDate periodStart, LocalDate periodEnd,
        boolean current) {
}
