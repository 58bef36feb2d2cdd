package app.goalpost.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalisation of a typed e-mail address, used at sign-up (stored form) and at sign-in (look-up and
 * throttle key): Unicode NFKC (full-width and composed/decomposed forms become one), trimmed, lower case.
 */
public final class SignInNames {

    /** The longest e-mail address (RFC 5321 path limit); longer input is refused before any look-up. */
    public static final int MAX_EMAIL_LENGTH = 254;
    /** The longest password the policy accepts; the sign-in form refuses longer input the same way. */
    public static final int MAX_PASSWORD_LENGTH = 128;

    private SignInNames() {
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        // Checked on the raw input first, so that megabytes are not normalised.
        String value = typed.length() > 4 * MAX_EMAIL_LENGTH ? typed : Normalizer.normalize(typed, Normalizer.Form.NFKC);
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
