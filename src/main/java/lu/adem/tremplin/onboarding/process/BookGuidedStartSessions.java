package lu.adem.tremplin.onboarding.process;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.clubemploi.ClubBooking;
import lu.adem.tremplin.clubemploi.ClubsEmploi;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Service task "Book the sessions": takes the seats the counsellor asked for, from the chosen day on.
 * Too few free seats is the BPMN error {@code NO_FREE_SEATS}: the counsellor chooses again.
 */
@Component("bookGuidedStartSessions")
public class BookGuidedStartSessions implements JavaDelegate {

    static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    private final ClubsEmploi clubs;
    private final Clock clock;

    public BookGuidedStartSessions(ClubsEmploi clubs, Clock clock) {
        this.clubs = clubs;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String club = (String) execution.getVariable(OnboardingProcess.VAR_GUIDED_START_CLUB);
        int sessions = ((Number) execution.getVariable(OnboardingProcess.VAR_GUIDED_START_SESSIONS)).intValue();
        Object firstDay = execution.getVariable(OnboardingProcess.VAR_GUIDED_START_FIRST_SESSION);
        LocalDateTime now = LocalDateTime.now(clock.withZone(LUXEMBOURG));
        LocalDateTime from = firstDay == null
                ? now
                : LocalDate.parse(String.valueOf(firstDay).substring(0, 10)).atStartOfDay();
        if (from.isBefore(now)) {
            from = now;
        }
        try {
            var booked = clubs.bookSessions(
                    club, (String) execution.getVariable(CaseVariables.JOBSEEKER_ID), sessions, from);
            execution.setVariable(
                    OnboardingProcess.VAR_GUIDED_START_BOOKINGS,
                    booked.stream().map(b -> b.startsAt().toString()).collect(Collectors.joining(", ")));
            ClubBooking last = booked.get(booked.size() - 1);
            execution.setVariable(
                    OnboardingProcess.VAR_GUIDED_START_LAST_SESSION,
                    Date.from(last.startsAt().plusHours(2).atZone(LUXEMBOURG).toInstant()));
        } catch (ClubsEmploi.NoFreeSeats full) {
            throw new BpmnError(OnboardingProcess.ERROR_NO_FREE_SEATS, full.getMessage());
        }
    }
}
