package lu.adem.tremplin.cockpit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CockpitLinksTests {

    @Test
    void shouldLinkToTheJobseekersFileWithTheNumberEncodedForAPath() {
        assertThat(CockpitLinks.jobseekerFile("DE-2026-0001")).isEqualTo("jobseeker/DE-2026-0001");
        assertThat(CockpitLinks.jobseekerFile("DE 2026/1+2"))
                .as("a space is %20 in a path, not +")
                .isEqualTo("jobseeker/DE%202026%2F1%2B2");
    }
}
