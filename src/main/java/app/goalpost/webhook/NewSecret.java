package app.goalpost.webhook;

/** An endpoint's signing secret, returned once (creation, rotation); the page never shows it again. */
public record NewSecret(EndpointId endpointId, String secret) {

    @Override
    public String toString() {
        return "NewSecret[" + endpointId + ", secret=***]";
    }
}
