package app.goalpost.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one-click unsubscribe link of a mail: {@code agency.user.kind} and its HMAC-SHA256 under the server's secret
 * ({@code goalpost.notify.unsubscribe-secret}), so nothing is stored and the link works without signing in. It can
 * only switch that one kind off for that one user, which is why it may live in a mailbox for ever.
 */
@Component
public class UnsubscribeTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    UnsubscribeTokens(@Value("${goalpost.notify.unsubscribe-secret}") String secret) {
        if (secret.length() < 16) {
            throw new IllegalStateException("goalpost.notify.unsubscribe-secret must have 16 characters at least");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** Who and what a valid token unsubscribes. */
    public record Target(long agencyId, long userId, NotificationKind kind) {
    }

    public String token(long agencyId, long userId, NotificationKind kind) {
        String payload = agencyId + "." + userId + "." + kind.name();
        return B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + B64.encodeToString(mac(payload));
    }

    /** The target of a token whose signature is right; empty for anything else. */
    public Optional<Target> read(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || token.length() > 300) {
            return Optional.empty();
        }
        try {
            String payload = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            byte[] given = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, mac(payload))) {
                return Optional.empty();
            }
            String[] parts = payload.split("\\.");
            return Optional.of(new Target(Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                    NotificationKind.valueOf(parts[2])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
