package app.goalpost.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature every delivery carries in {@value #HEADER}: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, the
 * HMAC keyed with the endpoint's secret over {@code t + "." + body}. The timestamp is signed too, so a receiver
 * that refuses old timestamps (five minutes is usual) refuses a replayed request. README, "Webhooks", shows the
 * receiver's side.
 */
public final class WebhookSignature {

    public static final String HEADER = "Goalpost-Signature";
    public static final String EVENT_HEADER = "Goalpost-Event";
    public static final String DELIVERY_HEADER = "Goalpost-Delivery";

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code timestamp} (unix seconds). */
    public static String header(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + hmac(secret, timestamp + "." + body);
    }

    /**
     * What a receiver does: the header's timestamp is within {@code tolerance} of {@code now} and its v1 value is
     * the HMAC of {@code t.body} under the secret (compared in constant time).
     */
    public static boolean verify(String secret, String header, String body, Instant now, Duration tolerance) {
        long timestamp = -1;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                try {
                    timestamp = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (timestamp < 0 || v1 == null
                || Math.abs(now.getEpochSecond() - timestamp) > tolerance.toSeconds()) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, timestamp + "." + body).getBytes(StandardCharsets.US_ASCII),
                v1.getBytes(StandardCharsets.US_ASCII));
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
