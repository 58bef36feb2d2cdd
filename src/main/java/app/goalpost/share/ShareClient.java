package app.goalpost.share;

/** Who opens a shared page, as far as throttling and the view log need: the client address and user agent. */
public record ShareClient(String address, String userAgent) {
}
