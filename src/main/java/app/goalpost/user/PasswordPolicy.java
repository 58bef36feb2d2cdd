package app.goalpost.user;

import app.goalpost.shared.InvalidInputException;

/** One rule for every place a password is chosen: sign-up, invitation, password change. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new InvalidInputException(field, "password.validation.short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "password.validation.long", MAX_LENGTH);
        }
        if (password.isBlank()) {
            throw new InvalidInputException(field, "password.validation.short", MIN_LENGTH);
        }
    }
}
