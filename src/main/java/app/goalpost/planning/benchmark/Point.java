package app.goalpost.planning.benchmark;

/** Which point of a benchmark range to use; a missing low/high falls back to the median. */
public enum Point { LOW, MEDIAN, HIGH }
