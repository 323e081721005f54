package lu.adem.tremplin.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Registration;
import lu.adem.tremplin.pilot.PilotSettings;
import lu.adem.tremplin.shared.Agency;

class EligibilityTests {

    private final Jobseekers jobseekers = mock(Jobseekers.class);
    private final PilotSettings pilot = new PilotSettings(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), null);

    private Eligibility on(LocalDate day) {
        Clock clock = Clock.fixed(
                day.atStartOfDay(ZoneId.of("Europe/Luxembourg")).toInstant(), ZoneId.of("Europe/Luxembourg"));
        return new Eligibility(jobseekers, () -> pilot, clock);
    }

    @Test
    void shouldAdmitAnActiveRegistrationWhileThePilotRuns() {
        when(jobseekers.registrationOf("DE-1")).thenReturn(Optional.of(new Registration("DE-1", Agency.WILTZ, true)));

        assertThat(on(LocalDate.of(2026, 3, 1)).check("DE-1")).isEmpty();
        assertThat(on(LocalDate.of(2027, 2, 28)).check("DE-1")).isEmpty();
    }

    @Test
    void shouldNameTheFirstReasonThatFails() {
        when(jobseekers.registrationOf("DE-2")).thenReturn(Optional.of(new Registration("DE-2", Agency.WILTZ, false)));
        when(jobseekers.registrationOf("DE-1")).thenReturn(Optional.of(new Registration("DE-1", Agency.WILTZ, true)));

        assertThat(on(LocalDate.of(2026, 6, 1)).check("DE-UNKNOWN")).hasValue(Eligibility.Reason.NOT_REGISTERED);
        assertThat(on(LocalDate.of(2026, 6, 1)).check("DE-2")).hasValue(Eligibility.Reason.REGISTRATION_INACTIVE);
        assertThat(on(LocalDate.of(2027, 3, 1)).check("DE-1")).hasValue(Eligibility.Reason.PILOT_NOT_RUNNING);
        assertThat(on(LocalDate.of(2026, 2, 28)).check("DE-1")).hasValue(Eligibility.Reason.PILOT_NOT_RUNNING);
    }
}
