package lu.adem.tremplin.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Tremplin's one clock: the process engine's time, in Luxembourg. Every screen and service asks it
 * ({@code Instant.now(clock)}, {@code LocalDate.now(clock)}), so that when the engine's time moves (a
 * test's {@code ClockUtil.setCurrentTime}, the demo's "next deadline now") the inbox's overdue tasks, the
 * outbox, the pilot's dates and the engine's timers all see the same moment. In production the engine's
 * time is the system's. ADR 0015 says why one clock, and why the sign-in throttle keeps real time.
 */
@Component
public final class EngineClock extends Clock {

    /** Where Tremplin's users are: days and wall-clock times are Luxembourg's. */
    public static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    private final ZoneId zone;

    public EngineClock() {
        this(LUXEMBOURG);
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
        return ClockUtil.getCurrentTime().getTime();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new EngineClock(other);
    }

    /**
     * Demo only: time passes at once by {@code duration} for the whole application (engine timers,
     * screens, services), then runs on from there. Nothing persists it: a restart returns to real time.
     */
    public void passTime(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("Time only passes forward: " + duration);
        }
        long offset = millis() + duration.toMillis() - System.currentTimeMillis();
        ClockUtil.offset(offset);
    }
}
