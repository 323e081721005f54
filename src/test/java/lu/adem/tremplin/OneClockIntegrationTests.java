package lu.adem.tremplin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.inbox.list.Inbox;
import lu.adem.tremplin.inbox.list.InboxTask;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.onboarding.Eligibility;
import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.pilot.Pilot;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Tremplin has one clock, the engine's: moving the engine's time (as process tests and the demo do)
 * moves what the inbox calls overdue and what eligibility calls today. Each test creates its own case,
 * account and jobseeker, and puts the engine's time back.
 */
@SpringBootTest
@ActiveProfiles("test")
class OneClockIntegrationTests {

    @Autowired
    Onboarding onboarding;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identityService;

    @Autowired
    Inbox inbox;

    @Autowired
    Eligibility eligibility;

    @Autowired
    Pilot pilot;

    @Autowired
    Jobseekers jobseekers;

    @Autowired
    EngineClock clock;

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
        SecurityContextHolder.clearContext();
        identityService.clearAuthentication();
    }

    private static String unique(String prefix) {
        return prefix + TestData.uniqueId();
    }

    @Test
    void shouldListATaskAsOverdueOnceTheEnginesTimeHasPassedItsDueDate() {
        String counsellor = "counsellorclock";
        if (identityService.createUserQuery().userId(counsellor).count() == 0) {
            identityService.saveUser(identityService.newUser(counsellor));
            identityService.createMembership(counsellor, "counsellor");
            identityService.createMembership(counsellor, Agency.DIFFERDANGE.groupId());
        }
        String number = unique("DE-2026-CLK");
        onboarding.proposeProgramme(number, Agency.DIFFERDANGE);
        String task = tasks.createTaskQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
        tasks.claim(task, counsellor);
        tasks.setDueDate(task, Date.from(clock.instant().plus(Duration.ofDays(3))));
        TestSignIn.as(identityService, counsellor);
        var overdue = new Inbox.Query(Inbox.TaskList.OVERDUE, number, null);
        assertThat(inbox.page(overdue, 0, 10)).as("due in three days").isEmpty();

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(4))));

        assertThat(inbox.page(overdue, 0, 10)).extracting(InboxTask::taskId).containsExactly(task);
    }

    @Test
    void shouldFindThePilotOverOnceTheEnginesTimeHasPassedItsLastDay() {
        String number = unique("DE-2026-ELG");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        jobseekers.save(new Jobseeker(
                null,
                number,
                "Lena",
                "Hoffmann",
                Agency.DIFFERDANGE,
                null,
                EnumSet.of(Language.FR),
                null,
                null,
                null,
                null));
        SecurityContextHolder.clearContext();
        assertThat(eligibility.check(number)).as("during the pilot").isEmpty();

        ClockUtil.setCurrentTime(Date.from(pilot.current()
                .end()
                .plusDays(1)
                .atTime(12, 0)
                .atZone(EngineClock.LUXEMBOURG)
                .toInstant()));

        assertThat(eligibility.check(number)).hasValue(Eligibility.Reason.PILOT_NOT_RUNNING);
    }
}
