package lu.adem.tremplin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PseudonymsTests {

    private final Pseudonyms pseudonyms = new Pseudonyms("a-test-key-of-enough-length");

    @Test
    void shouldGiveTheSameJobseekerTheSamePseudonymThatFitsTheColumns() {
        String pseudonym = pseudonyms.of("DE-2026-004211");

        assertThat(pseudonym).matches("X[A-Z2-7]{11}").hasSizeLessThanOrEqualTo(32);
        assertThat(pseudonyms.of("DE-2026-004211")).isEqualTo(pseudonym);
        assertThat(pseudonyms.of("DE-2026-004212")).isNotEqualTo(pseudonym);
        assertThat(new Pseudonyms("another-key-of-enough-length").of("DE-2026-004211"))
                .isNotEqualTo(pseudonym);
    }

    @Test
    void shouldRefuseToAnonymiseWithoutAKey() {
        assertThatThrownBy(() -> new Pseudonyms("").of("DE-2026-004211"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TREMPLIN_PSEUDONYM_KEY");
    }
}
