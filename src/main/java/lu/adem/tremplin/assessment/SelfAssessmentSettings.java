package lu.adem.tremplin.assessment;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;

/**
 * Settings of the self-assessment links ({@code tremplin.self-assessment.*}), checked at start-up: a link
 * that does not start with an absolute web address reaches no jobseeker.
 *
 * @param publicUrl the address at which jobseekers reach Tremplin (links in messages start with it)
 */
@Validated
@ConfigurationProperties("tremplin.self-assessment")
public record SelfAssessmentSettings(@DefaultValue("http://localhost:8080") URI publicUrl) {

    @AssertTrue(message = "public-url must be an absolute http or https address")
    boolean isPublicUrlAbsolute() {
        return publicUrl != null && publicUrl.getHost() != null
                && ("https".equals(publicUrl.getScheme()) || "http".equals(publicUrl.getScheme()));
    }
}
