package app.goalpost.share;

import app.goalpost.security.ThrottleStore;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the shared page, on the database-backed counters every node shares ({@link ThrottleStore}):
 * openings per client address and per token (whether the token exists or not, so the limit says nothing about
 * it), failed openings per address (unknown, revoked or expired tokens and wrong passwords: token guessing), and
 * wrong passwords per link. Keys hold the token's hash, never the token.
 */
@Component
public class ShareThrottle {

    private final ThrottleStore store;
    private final int missesPerAddress;
    private final int opensPerAddress;
    private final int opensPerToken;
    private final int wrongPasswordsPerToken;
    private final Duration window;

    ShareThrottle(ThrottleStore store,
            @Value("${goalpost.share.max-misses-per-address:20}") int missesPerAddress,
            @Value("${goalpost.share.max-opens-per-address:300}") int opensPerAddress,
            @Value("${goalpost.share.max-opens-per-link:300}") int opensPerToken,
            @Value("${goalpost.share.max-wrong-passwords-per-link:10}") int wrongPasswordsPerToken,
            @Value("${goalpost.share.window:PT15M}") Duration window) {
        this.store = store;
        this.missesPerAddress = missesPerAddress;
        this.opensPerAddress = opensPerAddress;
        this.opensPerToken = opensPerToken;
        this.wrongPasswordsPerToken = wrongPasswordsPerToken;
        this.window = window;
    }

    /** Whether this address or this token may not open a shared page now. */
    boolean blocked(String address, String tokenHash) {
        return store.blockedFor(missKey(address), missesPerAddress, window).isPresent()
                || store.blockedFor(openAddressKey(address), opensPerAddress, window).isPresent()
                || store.blockedFor(openTokenKey(tokenHash), opensPerToken, window).isPresent();
    }

    boolean passwordBlocked(String tokenHash) {
        return store.blockedFor(passwordKey(tokenHash), wrongPasswordsPerToken, window).isPresent();
    }

    void recordOpen(String address, String tokenHash) {
        store.record(openAddressKey(address));
        store.record(openTokenKey(tokenHash));
    }

    void recordMiss(String address) {
        store.record(missKey(address));
    }

    void recordWrongPassword(String address, String tokenHash) {
        store.record(missKey(address));
        store.record(passwordKey(tokenHash));
    }

    private static String missKey(String address) {
        return "share:miss:address:" + address;
    }

    private static String openAddressKey(String address) {
        return "share:open:address:" + address;
    }

    private static String openTokenKey(String tokenHash) {
        return "share:open:token:" + tokenHash;
    }

    private static String passwordKey(String tokenHash) {
        return "share:password:token:" + tokenHash;
    }
}
