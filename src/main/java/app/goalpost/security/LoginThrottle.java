package app.goalpost.security;

import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address over a sliding window and blocks further attempts
 * once a limit is reached. The account key is the account the typed name resolved to ("user:42"), or the
 * normalised typed name when it resolved to none ("name:…"): see {@link ThrottlingAuthenticationProvider}.
 * The counters are shared by every node through {@link ThrottleStore} (docs/decisions/0003-sign-in-throttling.md).
 */
@Component
public class LoginThrottle {

    private final ThrottleStore store;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    LoginThrottle(ThrottleStore store,
            @Value("${goalpost.login.max-failures-per-account:5}") int accountLimit,
            @Value("${goalpost.login.max-failures-per-address:20}") int addressLimit,
            @Value("${goalpost.login.failure-window:PT15M}") Duration window) {
        this.store = store;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    /** How long the caller must wait before trying again, if blocked. */
    public Optional<Duration> blockedFor(String accountKey, String address) {
        Optional<Duration> account = store.blockedFor(account(accountKey), accountLimit, window);
        Optional<Duration> byAddress = store.blockedFor(address(address), addressLimit, window);
        if (account.isPresent() && byAddress.isPresent()) {
            return Optional.of(account.get().compareTo(byAddress.get()) > 0 ? account.get() : byAddress.get());
        }
        return account.isPresent() ? account : byAddress;
    }

    /** Only the address: for names too long to be an account, which are refused without a look-up. */
    public Optional<Duration> addressBlockedFor(String address) {
        return store.blockedFor(address(address), addressLimit, window);
    }

    public void recordFailure(String accountKey, String address) {
        store.record(account(accountKey));
        store.record(address(address));
    }

    public void recordAddressFailure(String address) {
        store.record(address(address));
    }

    public void recordSuccess(String accountKey) {
        store.clear(account(accountKey));
    }

    private static String account(String key) {
        return "sign-in:account:" + key;
    }

    private static String address(String address) {
        return addressKey(address);
    }

    /** The store's key for a client address's sign-in failures. */
    static String addressKey(String address) {
        return "sign-in:address:" + address;
    }
}
