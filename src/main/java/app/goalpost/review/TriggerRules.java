package app.goalpost.review;

import app.goalpost.planning.pacing.Actuals;
import app.goalpost.planning.pacing.Kpi;
import app.goalpost.planning.pacing.Pacing;
import app.goalpost.planning.pacing.PacingStatus;
import app.goalpost.review.KpiTracks.TrackedKpi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The rules that raise triggers from the data (docs/decisions/0021), pure: the same KPIs, actuals, thresholds and
 * day give the same answer. Every rule asks for a run of consecutive days, ending on the client's today, on each of
 * which the condition held, judged with the actuals dated up to that day; the run starts no earlier than the KPI
 * period's first day, nor before {@code notBefore} (the day after a review closed the rule's last trigger, so a
 * kept plan is not re-raised by the same run of days).
 * <ul>
 *   <li><b>Cost KPI</b> (money, lower is better, a level: a CPA): the latest value up to the day is above the
 *       target by more than the threshold.</li>
 *   <li><b>Cost per result</b>: a spend KPI (money, lower is better, cumulative) and each result KPI of the same
 *       period (a count, higher is better, cumulative, linked to a funnel stage: the plan of record's stage
 *       targets): spend to date / results to date is above spend target / result target by more than the
 *       threshold. A day with no result yet, or no spend yet, does not count.</li>
 *   <li><b>KPI behind</b>: any KPI whose pacing status ({@link Pacing#at}, as the dashboard shows it) is
 *       {@link PacingStatus#BEHIND} on the day.</li>
 * </ul>
 */
public final class TriggerRules {

    /** "More than 15 %": exactly 15 % is not; the slack keeps 115/100 computed in binary from counting. */
    private static final double SLACK = 1e-9;

    private TriggerRules() {
    }

    /** A condition that holds today. {@code subjectKey} names the subject within the rule. */
    public record Holding(TriggerKind kind, String subjectKey, long subjectKpiId, Optional<Long> spendKpiId,
            String subjectName, Optional<String> spendName, OptionalDouble planned, OptionalDouble actual,
            int thresholdPercent, int days, LocalDate since) {

        /** The key that is unique among a workspace's open triggers. */
        public String openKey() {
            return TriggerRules.openKey(kind, subjectKey);
        }
    }

    public static String openKey(TriggerKind kind, String subjectKey) {
        return kind.name() + ":" + subjectKey;
    }

    /**
     * Every condition holding on {@code today}.
     *
     * @param notBefore by {@link #openKey}: the first day a run may start on (absent: no limit)
     */
    public static List<Holding> holding(DetectionThresholds thresholds, LocalDate today, List<TrackedKpi> kpis,
            Map<String, LocalDate> notBefore) {
        List<Holding> out = new ArrayList<>();
        double limit = 1 + thresholds.cpaOverPercent() / 100.0;
        for (TrackedKpi t : kpis) {
            Kpi kpi = t.track().kpi();
            if (!kpi.period().contains(today)) {
                continue;
            }
            if (isCost(kpi)) {
                String key = "k" + t.id();
                LocalDate from = from(kpi, notBefore.get(openKey(TriggerKind.CPA_ABOVE_PLAN, key)));
                Actuals a = t.track().actuals();
                Run run = run(from, today, day -> {
                    OptionalDouble v = a.latest(kpi.period().start(), day(from, day));
                    return v.isPresent() && v.getAsDouble() > kpi.target() * limit + SLACK;
                });
                if (run.days() >= thresholds.cpaDays()) {
                    out.add(new Holding(TriggerKind.CPA_ABOVE_PLAN, key, t.id(), Optional.empty(), kpi.name(),
                            Optional.empty(), OptionalDouble.of(kpi.target()),
                            a.latest(kpi.period().start(), today), thresholds.cpaOverPercent(),
                            thresholds.cpaDays(), run.since()));
                }
            }
            if (isSpend(kpi)) {
                for (TrackedKpi r : kpis) {
                    if (isResult(r.track().kpi()) && r.track().kpi().period().equals(kpi.period())) {
                        costPerResult(thresholds, today, t, r, notBefore).ifPresent(out::add);
                    }
                }
            }
            String key = "k" + t.id();
            LocalDate from = from(kpi, notBefore.get(openKey(TriggerKind.KPI_BEHIND, key)));
            Run behind = run(from, today, day -> Pacing.at(kpi, t.track().actuals(), t.track().lastYear(),
                    day(from, day)).status() == PacingStatus.BEHIND);
            if (behind.days() >= thresholds.behindDays()) {
                out.add(new Holding(TriggerKind.KPI_BEHIND, key, t.id(), Optional.empty(), kpi.name(),
                        Optional.empty(), OptionalDouble.empty(), OptionalDouble.empty(), 0,
                        thresholds.behindDays(), behind.since()));
            }
        }
        return out;
    }

    private static Optional<Holding> costPerResult(DetectionThresholds thresholds, LocalDate today, TrackedKpi spend,
            TrackedKpi result, Map<String, LocalDate> notBefore) {
        Kpi s = spend.track().kpi();
        Kpi r = result.track().kpi();
        String key = "s" + spend.id() + "-r" + result.id();
        double planned = s.target() / r.target();
        double limit = planned * (1 + thresholds.cpaOverPercent() / 100.0);
        LocalDate start = s.period().start();
        LocalDate from = from(s, notBefore.get(openKey(TriggerKind.CPA_ABOVE_PLAN, key)));
        Actuals sa = spend.track().actuals();
        Actuals ra = result.track().actuals();
        Run run = run(from, today, day -> {
            LocalDate d = day(from, day);
            OptionalDouble cost = costPerResult(sa, ra, start, d);
            return cost.isPresent() && cost.getAsDouble() > limit + SLACK * planned;
        });
        if (run.days() < thresholds.cpaDays()) {
            return Optional.empty();
        }
        return Optional.of(new Holding(TriggerKind.CPA_ABOVE_PLAN, key, result.id(), Optional.of(spend.id()),
                r.name(), Optional.of(s.name()), OptionalDouble.of(planned), costPerResult(sa, ra, start, today),
                thresholds.cpaOverPercent(), thresholds.cpaDays(), run.since()));
    }

    private static OptionalDouble costPerResult(Actuals spend, Actuals results, LocalDate start, LocalDate day) {
        double count = results.sum(start, day);
        if (count <= 0 || !spend.any(start, day)) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(spend.sum(start, day) / count);
    }

    /** A CPA: money where lower is better, measured as a level (the latest value counts). */
    static boolean isCost(Kpi kpi) {
        return kpi.unit() == Kpi.Unit.MONEY && kpi.direction() == Kpi.Direction.LOWER_IS_BETTER
                && kpi.aggregation() == Kpi.Aggregation.LEVEL;
    }

    /** Money spent over the period, where spending more than planned is worse: the ad-spend KPI. */
    static boolean isSpend(Kpi kpi) {
        return kpi.unit() == Kpi.Unit.MONEY && kpi.direction() == Kpi.Direction.LOWER_IS_BETTER
                && kpi.aggregation() == Kpi.Aggregation.CUMULATIVE;
    }

    /** A funnel stage's volume to reach: what the plan of record's stage KPIs are (PlanTargetsListener). */
    static boolean isResult(Kpi kpi) {
        return kpi.unit() == Kpi.Unit.COUNT && kpi.direction() == Kpi.Direction.HIGHER_IS_BETTER
                && kpi.aggregation() == Kpi.Aggregation.CUMULATIVE && kpi.stageKey().isPresent();
    }

    private static LocalDate from(Kpi kpi, LocalDate notBefore) {
        return notBefore != null && notBefore.isAfter(kpi.period().start()) ? notBefore : kpi.period().start();
    }

    private static LocalDate day(LocalDate from, int index) {
        return from.plusDays(index);
    }

    /** The run of days ending on {@code today} on which {@code holds} (by index from {@code from}) is true. */
    private record Run(int days, LocalDate since) {
    }

    private static Run run(LocalDate from, LocalDate today, java.util.function.IntPredicate holds) {
        int last = (int) java.time.temporal.ChronoUnit.DAYS.between(from, today);
        int days = 0;
        for (int i = last; i >= 0 && holds.test(i); i--) {
            days++;
        }
        return new Run(days, today.minusDays(Math.max(0, days - 1)));
    }
}
