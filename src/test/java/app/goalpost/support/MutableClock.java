package app.goalpost.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests can move (invitation expiry, sign-in throttling windows, the KPI day). It starts at a fixed
 * instant, so a test gives the same answer whatever day it runs on, and like a real clock it never returns the
 * same instant twice: each reading is a millisecond after the previous one.
 * <p>
 * {@link #withZone} is a view of the same time line in another zone (as {@code Clock.system(zone)} would be), so
 * code that asks for "today in the client's zone" gets the client's date, not UTC's.
 */
public class MutableClock extends Clock {

    /** Wednesday 20 May 2026, 10:00 UTC: mid-quarter, a weekday, the same date in Europe as in UTC. */
    public static final Instant START = Instant.parse("2026-05-20T10:00:00Z");

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public MutableClock() {
        this(new AtomicReference<>(START), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Moves the clock (and every zoned view of it) to this instant. */
    public void set(Instant instant) {
        now.set(instant);
    }

    public void reset() {
        now.set(START);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return newZone.equals(zone) ? this : new MutableClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(t -> t.plusMillis(1));
    }
}
