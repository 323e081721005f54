package lu.adem.tremplin.recommendation;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.AssertTrue;

/**
 * Settings of the course choice links ({@code tremplin.course-choice.*}), checked at start-up: a link that
 * does not start with an absolute web address reaches no jobseeker. {@code application.yaml} takes it from
 * {@code TREMPLIN_PUBLIC_URL}, like the self-assessment links.
 *
 * @param publicUrl the address at which jobseekers reach Tremplin (links in messages start with it)
 */
@Validated
@ConfigurationProperties("tremplin.course-choice")
public record CourseChoiceSettings(URI publicUrl) {

    @AssertTrue(message = "public-url must be an absolute http or https address")
    boolean isPublicUrlAbsolute() {
        return publicUrl != null
                && publicUrl.getHost() != null
                && ("https".equals(publicUrl.getScheme()) || "http".equals(publicUrl.getScheme()));
    }
}
