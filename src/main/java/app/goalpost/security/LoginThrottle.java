package app.goalpost.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account (email) and per client address over a sliding window and blocks further
 * attempts once a limit is reached. In memory: one application node is the deployment unit today
 * (docs/decisions/0003-sign-in-throttling.md).
 */
@Component
public class LoginThrottle {

    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;
    private final Map<String, Deque<Instant>> failuresByAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock,
            @Value("${goalpost.login.max-failures-per-account:5}") int accountLimit,
            @Value("${goalpost.login.max-failures-per-address:20}") int addressLimit,
            @Value("${goalpost.login.failure-window:PT15M}") Duration window) {
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    /** How long the caller must wait before trying again, if blocked. */
    public Optional<Duration> blockedFor(String email, String address) {
        Instant now = clock.instant();
        Optional<Duration> account = wait(failuresByAccount.get(key(email)), accountLimit, now);
        Optional<Duration> byAddress = wait(failuresByAddress.get(address), addressLimit, now);
        if (account.isPresent() && byAddress.isPresent()) {
            return Optional.of(account.get().compareTo(byAddress.get()) > 0 ? account.get() : byAddress.get());
        }
        return account.isPresent() ? account : byAddress;
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        record(failuresByAccount, key(email), now);
        record(failuresByAddress, address, now);
    }

    public void recordSuccess(String email) {
        failuresByAccount.remove(key(email));
    }

    private Optional<Duration> wait(Deque<Instant> failures, int limit, Instant now) {
        if (failures == null) {
            return Optional.empty();
        }
        synchronized (failures) {
            prune(failures, now);
            if (failures.size() < limit) {
                return Optional.empty();
            }
            // Blocked until the oldest failure that still counts leaves the window.
            Instant oldestCounted = failures.stream().skip(failures.size() - limit).findFirst().orElseThrow();
            return Optional.of(Duration.between(now, oldestCounted.plus(window)));
        }
    }

    private void record(Map<String, Deque<Instant>> map, String key, Instant now) {
        Deque<Instant> failures = map.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (failures) {
            prune(failures, now);
            failures.addLast(now);
        }
    }

    private void prune(Deque<Instant> failures, Instant now) {
        Instant horizon = now.minus(window);
        while (!failures.isEmpty() && !failures.peekFirst().isAfter(horizon)) {
            failures.removeFirst();
        }
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
