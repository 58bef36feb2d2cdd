package app.goalpost.shared;

/**
 * Input a service refuses, with the field it concerns and an i18n message key, so the view can show the
 * message next to that field. Nothing has been written when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public InvalidInputException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
