package lu.adem.tremplin.pilot;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code tremplin.pilot.*}: the defaults of the pilot's settings (an administrator may change them in the app). */
@ConfigurationProperties("tremplin.pilot")
public record PilotSettings(LocalDate start, LocalDate end, java.util.List<String> languages) {

    public PilotSettings {
        if (start == null || end == null || end.isBefore(start)) {
            throw new IllegalArgumentException("tremplin.pilot.start and .end are required, start before end");
        }
        languages = languages == null || languages.isEmpty()
                ? java.util.List.of("FR", "EN", "ES")
                : java.util.List.copyOf(languages);
    }

    public boolean isRunningOn(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
