package app.goalpost.portfolio;

import java.time.LocalDate;

/** How many of the user's clients had each overall status in one week (the last status computed that week). */
public record WeekCount(LocalDate weekStart, int onTrack, int behind, int noData) {
}
