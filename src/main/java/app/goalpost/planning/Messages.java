package app.goalpost.planning;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;

/**
 * English default texts for every message key the engine emits, as {@link MessageFormat} patterns
 * (Locale.ENGLISH). The UI may use these or its own bundles (e.g. French) with the same keys and argument order;
 * a translation must cover every key here. Keys with a stage-pair suffix (".lead-mql") are optional refinements:
 * the engine only emits them when this map has them, and falls back to the generic key otherwise.
 */
public final class Messages {

    private static final String PCT = "number,#0.##%";
    private static final String VOL = "number,#,##0.#";

    /**
     * Key → English pattern. Argument types are noted per group; an amount of money is one {@link Money} argument,
     * which the app renders with its locale's currency format and {@link #english} as "1,667.00 EUR".
     */
    public static final Map<String, String> ENGLISH = Map.ofEntries(
            // funnel warnings: stage names (String), rate (Double fraction)
            Map.entry("funnel.warning.rateAbove100",
                    "{0} → {1} converts at {2," + PCT + "}, above 100% (period lag?): check the data."),
            Map.entry("funnel.warning.zeroVolume", "{0} has a volume of 0: rates after it have no data."),
            Map.entry("funnel.warning.rateUndefined", "{0} → {1} has no data ({0} is 0)."),
            // plans: stage (String), exact/whole (BigDecimal), baseline (Double), rates (Double fractions)
            Map.entry("plan.target", "Target: {2} {0} (baseline {3," + VOL + "})."),
            Map.entry("plan.target.rounded",
                    "Target: {1} {0}, rounded up to {2} whole {0} (baseline {3," + VOL + "})."),
            Map.entry("plan.step.change", "{0} → {1}: from {2," + PCT + "} to {3," + PCT + "}."),
            Map.entry("plan.noExtraMediaSpend", "No extra media spend: more of the existing traffic converts. "
                    + "The plan may need skills instead (a CRO specialist, freelancer or agency)."),
            Map.entry("plan.extraMediaSpend",
                    "Extra media spend: {0,number,#,##0} more {1} at the current cost, {2}."),
            Map.entry("plan.extraMediaSpendUnknown",
                    "{0,number,#,##0} more {1} needed; the cost is unknown (no spend attributed to {1})."),
            Map.entry("plan.adjustment.redistributed",
                    "Some rates hit their ceiling: the lift was moved to the other chosen rates."),
            Map.entry("plan.adjustment.toppedUp",
                    "The chosen rates are at their ceiling: the rest comes from more {0}."),
            Map.entry("plan.infeasible.noBaselineOutput", "{0} is 0 at baseline: there is nothing to scale from."),
            Map.entry("plan.infeasible.volumeNoData", "More {0} cannot carry the goal: a stage on the way is 0."),
            Map.entry("plan.infeasible.rateNoData", "{0} → {1} has no data or is 0: it cannot be lifted."),
            Map.entry("plan.infeasible.rateBlocked",
                    "{0} → {1} cannot carry the goal: {2} is 0 on the way to {3}, so a higher rate adds no {3}."),
            Map.entry("plan.infeasible.aboveCeiling", "{0} → {1} would need {2," + PCT + "} (today {4," + PCT
                    + "}), above its ceiling of {3," + PCT + "}."),
            Map.entry("plan.shortfall", "These levers give at most {1," + VOL + "} {0}; {2," + VOL
                    + "} still needed (+{3," + PCT + "} from other levers)."),
            // levers: from, to (String), rate, lost share, low, median, high (Double fractions), volume (Double)
            Map.entry("lever.noData", "{0} → {1}: no data."),
            // not ranked as levers: from, to, zero stage, last stage (String)
            Map.entry("lever.zeroRate", "{0} → {1} is 0%: lifting a 0% rate by any percentage leaves it at 0%, "
                    + "so it is not ranked as a lever. Check the data of {1}."),
            Map.entry("lever.blocked", "{0} → {1} cannot grow {3}: {2} has a volume of 0 on the way, so it is not "
                    + "ranked as a lever. Check the data of {2}."),
            Map.entry("lever.high", "{0} → {1} is high at {2," + PCT + "}: {0} quality is good."),
            Map.entry("lever.high.mql-sql", "{0} → {1} is high at {2," + PCT + "}: MQL quality is good."),
            Map.entry("lever.weakest",
                    "{0} → {1} is the weakest at {2," + PCT + "}: {3," + PCT + "} of {0} do not become {1}."),
            Map.entry("lever.weakest.visitor-lead",
                    "{0} → {1} is the weakest at {2," + PCT + "}: {3," + PCT + "} of traffic is not ready to buy."),
            Map.entry("lever.weakest.lead-mql",
                    "{0} → {1} is the weakest at {2," + PCT + "}: {3," + PCT + "} of leads are not qualified."),
            Map.entry("lever.lost", "{0} → {1} is {2," + PCT + "}: {3," + PCT + "} of {0} do not become {1}."),
            Map.entry("lever.lost.lead-mql", "{0} → {1} is {2," + PCT + "}: {3," + PCT + "} of leads are not qualified."),
            Map.entry("lever.lost.visitor-lead",
                    "{0} → {1} is {2," + PCT + "}: {3," + PCT + "} of traffic is not ready to buy."),
            Map.entry("lever.belowBenchmark", "{0} → {1} is {2," + PCT + "}, below the benchmark median of {4," + PCT
                    + "}: reaching it would add {6," + VOL + "} {7}."),
            Map.entry("lever.belowBenchmarkLow", "{0} → {1} is {2," + PCT + "}, below the benchmark range {3," + PCT
                    + "}–{5," + PCT + "} (median {4," + PCT + "}): reaching the median would add {6," + VOL + "} {7}."),
            Map.entry("lever.costViaVolume", "Buying the same {2," + VOL + "} {3} as extra traffic would cost about "
                    + "{4}."),
            Map.entry("lever.atOrAboveBenchmark", "{0} → {1} is {2," + PCT + "}, at or above the benchmark median of {4,"
                    + PCT + "}."),
            Map.entry("lever.aboveBenchmarkHigh", "{0} → {1} is {2," + PCT + "}, above the benchmark range {3," + PCT
                    + "}–{5," + PCT + "}."),
            Map.entry("lever.main", "Lever {2}: improve {0} → {1}."),
            Map.entry("lever.main.visitor-lead", "Lever {2}: more website leads ({0} → {1})."),
            Map.entry("lever.main.lead-mql", "Lever {2}: better lead quality ({0} → {1})."),
            Map.entry("lever.main.mql-sql", "Lever {2}: better MQL quality and hand-over ({0} → {1})."),
            // pacing: KPI name (String), fractions (Double)
            Map.entry("pacing.noActuals", "{0}: no actuals yet in this period."),
            Map.entry("pacing.summary", "{0}: {1," + PCT + "} of the goal with {2," + PCT + "} of the period elapsed."),
            // review: dates (LocalDate), change (Double fraction), days (Long)
            Map.entry("review.trigger.adCostIncrease",
                    "Ad costs rose {0," + PCT + "} against the baseline (threshold {1," + PCT + "})."),
            Map.entry("review.trigger.audienceChanged", "The audience changed."),
            Map.entry("review.trigger.businessGoalChanged", "The core business goal changed."),
            Map.entry("review.due", "Next review due on {0}."),
            Map.entry("review.overdue", "Review overdue by {0} days (was due on {1}).")
    );

    private Messages() {
    }

    /**
     * The engine's own English text for a message (logs, engine tests); unknown keys render as the key itself so
     * nothing is silently dropped. Money reads plainly here ("1,667.00 EUR"); the app's pages render it with the
     * user's currency format instead.
     */
    public static String english(Message message) {
        String pattern = ENGLISH.get(message.key());
        if (pattern == null) {
            return message.key();
        }
        Object[] args = message.args().stream()
                .map(a -> a instanceof java.time.LocalDate d ? d.toString()
                        : a instanceof Money m ? new java.text.DecimalFormat("#,##0.00",
                                java.text.DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(m.amount()) + " "
                                + m.currency().getCurrencyCode() : a).toArray();
        return new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }
}
