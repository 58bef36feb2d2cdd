package app.goalpost.planning.funnel;

import app.goalpost.planning.Message;

/**
 * A structured warning about a baseline funnel. {@code index} is a step index for step codes and a stage index for
 * stage codes (see {@link Code#perStep()}).
 */
public record FunnelWarning(Code code, int index, Message message) {

    public enum Code {
        /** Step rate above 100% (period lags, e.g. leads converting from last quarter's visitors). Allowed. */
        RATE_ABOVE_100(true, "funnel.warning.rateAbove100"),
        /** A stage with volume 0: every rate downstream of it is undefined. */
        ZERO_VOLUME(false, "funnel.warning.zeroVolume"),
        /** Step rate undefined because its upstream volume is 0. */
        RATE_UNDEFINED(true, "funnel.warning.rateUndefined");

        private final boolean perStep;
        private final String messageKey;

        Code(boolean perStep, String messageKey) {
            this.perStep = perStep;
            this.messageKey = messageKey;
        }

        public boolean perStep() {
            return perStep;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
