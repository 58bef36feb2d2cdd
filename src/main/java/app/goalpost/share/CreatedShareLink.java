package app.goalpost.share;

/** A link just created: the only time its address (with the token) is known; it is not stored. */
public record CreatedShareLink(ShareLinkSummary link, String url) {
}
