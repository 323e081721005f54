package lu.adem.tremplin.onboarding;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tremplin.pilot.*}: the pilot's first and last day (inclusive). */
@ConfigurationProperties("tremplin.pilot")
public record PilotSettings(LocalDate start, LocalDate end) {

    public PilotSettings {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("tremplin.pilot.start and .end are required, start before end");
        }
    }

    public boolean isRunningOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
