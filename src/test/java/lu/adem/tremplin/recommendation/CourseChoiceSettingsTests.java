package lu.adem.tremplin.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The course choice links' address is checked at start-up, as the self-assessment's. */
class CourseChoiceSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void shouldRefuseToStartWithoutAnAbsoluteWebAddress() {
        for (String address : new String[] {"", "tremplin.adem.lu", "mailto:tremplin@adem.lu"}) {
            context.withPropertyValues("tremplin.course-choice.public-url=" + address)
                    .run(started -> assertThat(started)
                            .as(address)
                            .hasFailed()
                            .getFailure()
                            .rootCause()
                            .hasMessageContaining("public-url must be an absolute http or https address"));
        }
    }

    @Test
    void shouldRefuseToStartWithoutAnAddress() {
        context.run(started -> assertThat(started)
                .hasFailed()
                .getFailure()
                .rootCause()
                .hasMessageContaining("public-url must be an absolute http or https address"));
    }

    @Test
    void shouldStartWithAGivenAddress() {
        context.withPropertyValues("tremplin.course-choice.public-url=https://tremplin.adem.lu")
                .run(started -> assertThat(
                                started.getBean(CourseChoiceSettings.class).publicUrl())
                        .isEqualTo(URI.create("https://tremplin.adem.lu")));
    }

    @EnableConfigurationProperties(CourseChoiceSettings.class)
    static class Bound {}
}
