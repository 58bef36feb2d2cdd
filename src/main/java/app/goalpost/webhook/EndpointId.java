package app.goalpost.webhook;

/** Id of a webhook endpoint, typed so it cannot be swapped with a workspace or delivery id. */
public record EndpointId(long value) {
}
