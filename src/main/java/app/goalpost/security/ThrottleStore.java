package app.goalpost.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sliding-window event counters shared by every application node: sign-in failures per account and per
 * address, sign-ups per address (docs/decisions/0003). The events live in the {@code throttle_event} table
 * (not agency-owned, so plain JDBC is fine here); a node keeps only "blocked until" decisions in a bounded,
 * expiring Caffeine cache, so that an attacker hammering a blocked bucket costs no database round trip.
 */
@Component
public class ThrottleStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;
    private final AtomicLong lastSweep = new AtomicLong();
    private final Cache<String, Instant> blockedUntil;

    ThrottleStore(JdbcClient jdbc, Clock clock, @Value("${goalpost.throttle.retention:P1D}") Duration retention,
            @Value("${goalpost.throttle.cache-size:10000}") long cacheSize) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        // The cache runs on the application clock, so that decisions expire when the window says (tests move it).
        this.blockedUntil = Caffeine.newBuilder()
                .maximumSize(cacheSize)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(new Expiry<String, Instant>() {
                    @Override
                    public long expireAfterCreate(String key, Instant until, long currentTime) {
                        return Math.max(0, TimeUnit.MILLISECONDS.toNanos(until.toEpochMilli()) - currentTime);
                    }

                    @Override
                    public long expireAfterUpdate(String key, Instant until, long currentTime, long currentDuration) {
                        return expireAfterCreate(key, until, currentTime);
                    }

                    @Override
                    public long expireAfterRead(String key, Instant until, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /**
     * How long the bucket stays closed, if at least {@code limit} events fall inside the window: until the
     * oldest of the last {@code limit} events leaves it.
     */
    public Optional<Duration> blockedFor(String key, int limit, Duration window) {
        String bucket = hash(key);
        Instant now = clock.instant();
        Instant cached = blockedUntil.getIfPresent(bucket);
        if (cached != null && cached.isAfter(now)) {
            return Optional.of(Duration.between(now, cached));
        }
        List<Long> recent = jdbc.sql("SELECT occurred_at FROM throttle_event WHERE bucket_hash = ? AND occurred_at > ?"
                        + " ORDER BY occurred_at DESC LIMIT ?")
                .params(bucket, now.minus(window).toEpochMilli(), limit)
                .query(Long.class).list();
        if (recent.size() < limit) {
            return Optional.empty();
        }
        Instant until = Instant.ofEpochMilli(recent.get(limit - 1)).plus(window);
        if (!until.isAfter(now)) {
            return Optional.empty();
        }
        blockedUntil.put(bucket, until);
        return Optional.of(Duration.between(now, until));
    }

    public void record(String key) {
        Instant now = clock.instant();
        jdbc.sql("INSERT INTO throttle_event (bucket_hash, occurred_at) VALUES (?, ?)")
                .params(hash(key), now.toEpochMilli()).update();
        sweep(now);
    }

    /** Forgets a bucket's events, on every node (a successful sign-in clears its account's failures). */
    public void clear(String key) {
        String bucket = hash(key);
        blockedUntil.invalidate(bucket);
        jdbc.sql("DELETE FROM throttle_event WHERE bucket_hash = ?").param(bucket).update();
    }

    /** Old events count for nothing: each node removes them at most once a minute, so the table stays small. */
    private void sweep(Instant now) {
        long last = lastSweep.get();
        if (now.toEpochMilli() - last < 60_000 || !lastSweep.compareAndSet(last, now.toEpochMilli())) {
            return;
        }
        jdbc.sql("DELETE FROM throttle_event WHERE occurred_at <= ?").param(now.minus(retention).toEpochMilli())
                .update();
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
