package app.goalpost.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Why the data raised a trigger, as it stood on the day it was detected (docs/decisions/0021).
 *
 * @param subjectName      the KPI the rule is about (the cost KPI, the result a spend KPI pays for, the KPI behind)
 * @param spendName        for a cost per result: the spend KPI
 * @param planned          the planned cost (CPA rule); empty for a KPI behind
 * @param actual           the actual cost on {@code detectedOn} (CPA rule); empty for a KPI behind
 * @param thresholdPercent the threshold in force (CPA rule; 0 for a KPI behind)
 * @param days             the number of consecutive days the rule asked for
 * @param since            the first day of the run of days on which the condition held
 * @param detectedOn       the client's day the trigger was raised
 */
public record Detection(long subjectKpiId, String subjectName, Optional<String> spendName,
        Optional<BigDecimal> planned, Optional<BigDecimal> actual, int thresholdPercent, int days, LocalDate since,
        LocalDate detectedOn) {

    /** How far the actual cost is above the plan (0.18 = 18 % worse), when both are known. */
    public Optional<Double> overPlan() {
        if (planned.isEmpty() || actual.isEmpty() || planned.get().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(actual.get().doubleValue() / planned.get().doubleValue() - 1);
    }
}
