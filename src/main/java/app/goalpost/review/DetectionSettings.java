package app.goalpost.review;

/** The thresholds form's model: the thresholds in force and the version to save against ({@code -1}: defaults). */
public record DetectionSettings(DetectionThresholds thresholds, long version, boolean saved) {
}
