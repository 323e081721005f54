package lu.adem.tremplin.reporting;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the satisfaction survey ({@code tremplin.survey.*}); when the hourly round runs is
 * {@code tremplin.survey.cron} (read by {@link SurveyOccasions}).
 *
 * @param publicUrl the address at which jobseekers reach Tremplin (the survey links start with it)
 * @param validity how long a survey link stays valid
 * @param catchUp how far back an occasion still gets its survey: a round that did not run for a while sends what
 *     it missed, but switching the survey on does not send it for courses that ended long ago
 */
@Validated
@ConfigurationProperties("tremplin.survey")
public record SurveySettings(
        URI publicUrl, @NotNull Duration validity, @NotNull Duration catchUp) {

    @AssertTrue(message = "public-url must be an absolute http or https address")
    boolean isPublicUrlAbsolute() {
        return publicUrl != null
                && publicUrl.getHost() != null
                && ("https".equals(publicUrl.getScheme()) || "http".equals(publicUrl.getScheme()));
    }
}
