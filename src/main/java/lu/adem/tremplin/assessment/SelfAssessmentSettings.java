package lu.adem.tremplin.assessment;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;

/**
 * Settings of the self-assessment links ({@code tremplin.self-assessment.*}), checked at start-up: a link
 * that does not start with an absolute web address reaches no jobseeker. {@code application.yaml} gives
 * {@code http://localhost:8080} when {@code TREMPLIN_PUBLIC_URL} is unset; set but empty is refused.
 *
 * @param publicUrl the address at which jobseekers reach Tremplin (links in messages start with it)
 */
@Validated
@ConfigurationProperties("tremplin.self-assessment")
public record SelfAssessmentSettings(URI publicUrl) {

    @AssertTrue(message = "public-url must be an absolute http or https address")
    boolean isPublicUrlAbsolute() {
        return publicUrl != null
                && publicUrl.getHost() != null
                && ("https".equals(publicUrl.getScheme()) || "http".equals(publicUrl.getScheme()));
    }
}
