package lu.adem.tremplin.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoContactDetailsInLogsTests {

    @Test
    void shouldMaskAddressesAndTelephoneNumbers() {
        assertThat(
                        NoContactDetailsInLogs.mask(
                                "550 5.1.1 <ana.pereira+adem@post.lu>: recipient unknown; call +352 621 000 606 or 00352/621.000.606"))
                .isEqualTo("550 5.1.1 <[e-mail]>: recipient unknown; call [phone] or [phone]");
        assertThat(NoContactDetailsInLogs.mask("Zoé.Müller@exemple.lu")).isEqualTo("[e-mail]");
    }

    @Test
    void shouldLeaveIdsNumbersAndDatesAlone() {
        String line = "Task 3f2a1c9e-1b2d-11ef-9a3b-0242ac120002 of case DE-T-K3J9Z17 (onboarding) at 2026-12-05 "
                + "10:42:14, port 8080, 20000 ms, attempt 2 of 5, node tremplin-a-1234, build 0.1.0-SNAPSHOT";
        assertThat(NoContactDetailsInLogs.mask(line)).isEqualTo(line);
        assertThat(NoContactDetailsInLogs.mask(null)).isNull();
    }
}
