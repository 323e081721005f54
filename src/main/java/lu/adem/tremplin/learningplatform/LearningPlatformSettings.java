package lu.adem.tremplin.learningplatform;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;

/**
 * {@code tremplin.learning-platform.*}: which adapter, and for the HTTP one its address, token and
 * timeouts; the platform team of each agency (agency code → team id); where progress comes from:
 * {@code api} (the adapter) or {@code import} (the partner's progress and certificate exports).
 * Checked at start-up: a misspelt mode would otherwise leave the application without any platform.
 */
@Validated
@ConfigurationProperties("tremplin.learning-platform")
public record LearningPlatformSettings(
        @Pattern(regexp = "simulator|http", message = "must be simulator or http")
        String mode,

        URI baseUrl,
        String token,
        Duration connectTimeout,
        Duration readTimeout,
        Map<String, String> teams,

        @Pattern(regexp = "api|import", message = "must be api or import")
        String progressSource) {

    public LearningPlatformSettings {
        mode = mode == null ? "simulator" : mode;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        teams = teams == null ? Map.of() : Map.copyOf(teams);
        progressSource = progressSource == null ? "api" : progressSource;
    }

    /** The partner API needs its absolute address; the simulator needs none. */
    @AssertTrue(message = "base-url must be an absolute http or https address when mode is http")
    boolean isBaseUrlGivenInHttpMode() {
        return !"http".equals(mode)
                || baseUrl != null
                        && baseUrl.getHost() != null
                        && ("https".equals(baseUrl.getScheme()) || "http".equals(baseUrl.getScheme()));
    }

    public boolean progressFromImports() {
        return progressSource.equals("import");
    }

    /** The team of an agency; agencies without a configured team use {@code adem-<agency>}. */
    public String teamOf(String agencyCode) {
        return teams.getOrDefault(agencyCode, "adem-" + agencyCode);
    }
}
