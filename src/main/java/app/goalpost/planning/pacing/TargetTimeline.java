package app.goalpost.planning.pacing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which target was valid on which day of a KPI period, from the recorded target changes. The chart draws every
 * line as a share of the current target; a day before a change is judged against the target valid then, so the
 * past is not silently rescaled: the 100 % line steps (it sits at {@code before / current} until the change),
 * the expected pace of that stretch is the old target's, and a tooltip can say what share of the goal of the day
 * the actual was. With no change in the period every scale is 1 and the chart is the plain {@link PacingSeries}.
 */
public final class TargetTimeline {

    /** A target change taking effect on {@code from} (the client's day it was saved). */
    public record Change(LocalDate from, double before, double after) {
    }

    private static final TargetTimeline NONE = new TargetTimeline(1, List.of());

    private final double current;
    /** Changes sorted by day, oldest first; only those inside or after the period start matter. */
    private final List<Change> changes;

    private TargetTimeline(double current, List<Change> changes) {
        this.current = current;
        this.changes = changes;
    }

    /** No recorded change: every day is judged against the current target. */
    public static TargetTimeline none() {
        return NONE;
    }

    /**
     * @param current the target now (the KPI's stored one)
     * @param changes the recorded changes in any order; several on one day: the first one's {@code before}
     *                holds until that day, the last one's {@code after} from it
     */
    public static TargetTimeline of(double current, List<Change> changes) {
        if (changes.isEmpty() || current <= 0) {
            return NONE;
        }
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparing(Change::from));
        return new TargetTimeline(current, List.copyOf(sorted));
    }

    /** The target valid on a day: the {@code before} of the first change after that day, else the current one. */
    public double targetOn(LocalDate day) {
        for (Change c : changes) {
            if (c.from().isAfter(day)) {
                return c.before() > 0 ? c.before() : current;
            }
        }
        return current;
    }

    /** The day's target as a share of the current one: the height of the 100 % line that day (1 when unchanged). */
    public double scale(LocalDate day) {
        return changes.isEmpty() ? 1 : targetOn(day) / current;
    }

    /** The expected share of the current target on a day: the engine's pace, scaled by the target valid then. */
    public double expected(PacingSeries s, int day) {
        return s.expected(day) * scale(s.date(day));
    }

    /** The actual as a share of the goal valid that day (what "% of goal reached" meant then). */
    public double actualAgainstThen(PacingSeries s, int day) {
        return s.actual(day) / scale(s.date(day));
    }

    /** The changes that take effect inside the series' period, oldest first: where the chart marks a step. */
    public List<Change> stepsIn(PacingSeries s) {
        LocalDate first = s.date(0);
        LocalDate last = s.date(s.days() - 1);
        return changes.stream().filter(c -> c.from().isAfter(first) && !c.from().isAfter(last)).toList();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
