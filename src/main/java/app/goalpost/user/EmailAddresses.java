package app.goalpost.user;

import app.goalpost.security.SignInNames;
import app.goalpost.shared.InvalidInputException;
import java.util.regex.Pattern;

/**
 * Normalises and checks email addresses: stored in the form sign-in looks up (NFKC, lower case), so that
 * look-ups behave the same on H2 and MySQL.
 */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    public static String normalise(String field, String email) {
        String value = SignInNames.normalise(email);
        if (value.length() > SignInNames.MAX_EMAIL_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException(field, "email.validation.invalid");
        }
        return value;
    }
}
