package app.goalpost.shared.ui;

/** Where a language chosen during the session is kept, ahead of the one stored with the account at sign-in. */
public final class UserLocale {

    public static final String SESSION_ATTRIBUTE = "goalpost.locale";

    private UserLocale() {
    }
}
