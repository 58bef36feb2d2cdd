package app.goalpost.user;

import app.goalpost.shared.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalises and checks email addresses: stored lower-case so that look-ups behave the same on H2 and MySQL. */
public final class EmailAddresses {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {
    }

    public static String normalise(String field, String email) {
        String value = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new InvalidInputException(field, "email.validation.invalid");
        }
        return value;
    }
}
