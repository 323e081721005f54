package lu.adem.tremplin.assessment;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the self-assessment links ({@code tremplin.self-assessment.*}).
 *
 * @param publicUrl the address at which jobseekers reach Tremplin (links in messages start with it)
 */
@ConfigurationProperties("tremplin.self-assessment")
public record SelfAssessmentSettings(@DefaultValue("http://localhost:8080") URI publicUrl) {
}
