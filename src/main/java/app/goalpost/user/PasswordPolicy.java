package app.goalpost.user;

import app.goalpost.security.SignInNames;
import app.goalpost.shared.InvalidInputException;

/** One rule for every place a password is chosen: sign-up, invitation, password change. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** The encoder (Argon2) takes any length; sign-in refuses longer input before hashing it. */
    public static final int MAX_LENGTH = SignInNames.MAX_PASSWORD_LENGTH;

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
