package lu.adem.tremplin.learningplatform;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tremplin.learning-platform.*}: which adapter, and for the HTTP one its address, token and
 * timeouts; the platform team of each agency (agency code → team id); where progress comes from:
 * {@code api} (the adapter) or {@code import} (the partner's progress and certificate exports).
 */
@ConfigurationProperties("tremplin.learning-platform")
public record LearningPlatformSettings(
        String mode,
        URI baseUrl,
        String token,
        Duration connectTimeout,
        Duration readTimeout,
        Map<String, String> teams,
        String progressSource) {

    public LearningPlatformSettings {
        mode = mode == null ? "simulator" : mode;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        teams = teams == null ? Map.of() : Map.copyOf(teams);
        progressSource = progressSource == null ? "api" : progressSource;
        if (!progressSource.equals("api") && !progressSource.equals("import")) {
            throw new IllegalArgumentException("tremplin.learning-platform.progress-source must be api or import");
        }
    }

    public boolean progressFromImports() {
        return progressSource.equals("import");
    }

    /** The team of an agency; agencies without a configured team use {@code adem-<agency>}. */
    public String teamOf(String agencyCode) {
        return teams.getOrDefault(agencyCode, "adem-" + agencyCode);
    }
}
