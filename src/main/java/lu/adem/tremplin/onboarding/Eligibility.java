package lu.adem.tremplin.onboarding;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Registration;
import lu.adem.tremplin.pilot.Pilot;
import lu.adem.tremplin.pilot.PilotSettings;

/**
 * Who may join the pilot (PROGRAMME.md): registered at Adem, registration active, pilot running.
 * Answers with the first reason that fails, as a code a report can count.
 */
@Service
public class Eligibility {

    /** Why someone is not eligible. */
    public enum Reason {
        NOT_REGISTERED,
        REGISTRATION_INACTIVE,
        PILOT_NOT_RUNNING
    }

    private final Jobseekers jobseekers;
    private final java.util.function.Supplier<PilotSettings> pilot;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    Eligibility(Jobseekers jobseekers, Pilot pilot, Clock clock) {
        this(jobseekers, pilot::current, clock);
    }

    Eligibility(Jobseekers jobseekers, java.util.function.Supplier<PilotSettings> pilot, Clock clock) {
        this.jobseekers = jobseekers;
        this.pilot = pilot;
        this.clock = clock;
    }

    /** Empty when eligible, else the reason. */
    public Optional<Reason> check(String registrationNumber) {
        Optional<Registration> registration = jobseekers.registrationOf(registrationNumber);
        if (registration.isEmpty()) {
            return Optional.of(Reason.NOT_REGISTERED);
        }
        if (!registration.get().active()) {
            return Optional.of(Reason.REGISTRATION_INACTIVE);
        }
        if (!pilot.get().isRunningOn(LocalDate.now(clock))) {
            return Optional.of(Reason.PILOT_NOT_RUNNING);
        }
        return Optional.empty();
    }
}
