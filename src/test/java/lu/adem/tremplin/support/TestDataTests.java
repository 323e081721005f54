package lu.adem.tremplin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.jobseeker.JobseekerRules;
import lu.adem.tremplin.shared.Agency;

class TestDataTests {

    @Test
    void shouldNeverHandOutTheSameIdTwice() {
        assertThat(IntStream.range(0, 2_000).mapToObj(i -> TestData.uniqueId()).toList())
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldMakeRegistrationNumbersAndNamesThatTheJobseekerRulesAccept() {
        var jobseeker = TestData.newJobseeker(Agency.WILTZ);

        assertThat(TestData.registrationNumber()).matches(JobseekerRules.REGISTRATION_NUMBER);
        assertThat(JobseekerRules.problems(jobseeker)).isEmpty();
        assertThat(TestData.newJobseeker(Agency.WILTZ).lastName()).isNotEqualTo(jobseeker.lastName());
    }

    @Test
    void shouldMakeIdsThatCamundaAcceptsAsUserIds() {
        // the engine's default whitelist for user and group ids
        assertThat(TestData.userId("counsellor")).matches("[a-zA-Z0-9]+").startsWith("counsellor");
    }
}
