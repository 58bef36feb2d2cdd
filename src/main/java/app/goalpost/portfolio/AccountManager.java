package app.goalpost.portfolio;

/** An account manager of the agency, for the portfolio's filter. */
public record AccountManager(long userId, String name) {
}
