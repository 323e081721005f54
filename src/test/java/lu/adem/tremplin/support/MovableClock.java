package lu.adem.tremplin.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that runs with real time but can be moved ahead, so that tests wait out delays without sleeping. */
public final class MovableClock extends Clock {

    private final Instant start;
    private final boolean ticking;
    private volatile Duration moved = Duration.ZERO;

    private MovableClock(Instant start, boolean ticking) {
        this.start = start;
        this.ticking = ticking;
    }

    /** Real time, moved only when the test says so. */
    public static MovableClock ticking() {
        return new MovableClock(null, true);
    }

    /** Stands still at {@code start} until moved. */
    public static MovableClock fixedAt(Instant start) {
        return new MovableClock(start, false);
    }

    public void advance(Duration duration) {
        moved = moved.plus(duration);
    }

    @Override
    public Instant instant() {
        return (ticking ? Instant.now() : start).plus(moved);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("A test clock stays in UTC");
    }
}
