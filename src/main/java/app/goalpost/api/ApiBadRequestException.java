package app.goalpost.api;

/** A request the API cannot take as sent: answered 400 with the message as the problem's detail. */
final class ApiBadRequestException extends RuntimeException {

    ApiBadRequestException(String message) {
        super(message);
    }
}
