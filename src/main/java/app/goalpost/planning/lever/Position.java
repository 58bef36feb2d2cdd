package app.goalpost.planning.lever;

/** Where a step's rate sits against its benchmark. */
public enum Position {
    /** Rate undefined (upstream volume 0). */
    NO_DATA,
    /** The set has no figure for this step, or the stages carry no benchmark keys. */
    NO_BENCHMARK,
    /** Below the low end of the range (only when the source gives a low). */
    BELOW_LOW,
    /** Below the median (and not below low). */
    BELOW_MEDIAN,
    /** At or above the median, not above high. */
    AT_OR_ABOVE_MEDIAN,
    /** Above the high end of the range (only when the source gives a high). */
    ABOVE_HIGH
}
