package lu.adem.tremplin.learningplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class LearningPlatformSettingsTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void shouldStartWithTheSimulatorWhenNothingIsSet() {
        context.run(started -> assertThat(started)
                .hasNotFailed()
                .getBean(LearningPlatformSettings.class)
                .extracting(LearningPlatformSettings::mode, LearningPlatformSettings::progressSource)
                .containsExactly("simulator", "api"));
    }

    @Test
    void shouldRefuseToStartWithAMisspeltMode() {
        context.withPropertyValues("tremplin.learning-platform.mode=htp")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("mode")
                        .hasMessageContaining("must be simulator or http"));
    }

    @Test
    void shouldRefuseToStartWithAnUnknownProgressSource() {
        context.withPropertyValues("tremplin.learning-platform.progress-source=csv")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("must be api or import"));
    }

    @Test
    void shouldRefuseTheHttpModeWithoutAnAbsoluteAddress() {
        for (String address : new String[] {"", "openclassrooms.example/api", "ftp://openclassrooms.example"}) {
            context.withPropertyValues(
                            "tremplin.learning-platform.mode=http", "tremplin.learning-platform.base-url=" + address)
                    .run(started -> assertThat(started)
                            .as(address)
                            .hasFailed()
                            .getFailure()
                            .rootCause()
                            .hasMessageContaining("base-url must be an absolute http or https address"));
        }
    }

    @Test
    void shouldStartInHttpModeWithTheAddress() {
        context.withPropertyValues(
                        "tremplin.learning-platform.mode=http",
                        "tremplin.learning-platform.base-url=https://openclassrooms.example/api")
                .run(started -> assertThat(started)
                        .hasNotFailed()
                        .getBean(LearningPlatformSettings.class)
                        .extracting(LearningPlatformSettings::baseUrl)
                        .isEqualTo(URI.create("https://openclassrooms.example/api")));
    }

    @EnableConfigurationProperties(LearningPlatformSettings.class)
    static class Bound {}
}
