package lu.adem.tremplin.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.learningplatform.simulator.LearningPlatformSimulator;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Issue 16, point 4: an incident's retry makes its job due now (the one clock's now), not at the due date of its
 * last failure, so that the job executor's next acquisition takes it.
 */
@SpringBootTest
@ActiveProfiles("test")
class IncidentRetryTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Incidents incidents;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    IdentityService identityService;

    @Autowired
    LearningPlatformSimulator simulator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @AfterEach
    void platformUpAndSignedOut() {
        simulator.setDown(false);
        SecurityContextHolder.clearContext();
        identityService.clearAuthentication();
    }

    @Test
    void shouldMakeTheFailedInvitationDueNowAndRunItOnceWhenRetried() {
        TestData data = new TestData(context);
        String number = data.jobseeker(Agency.WILTZ);
        simulator.setDown(true);
        String caseId = runtimeService
                .createProcessInstanceByKey(OnboardingProcess.KEY)
                .businessKey(number)
                .setVariables(Map.of("jobseekerId", number, "agency", "wiltz", "route", "AUTONOMOUS"))
                .startBeforeActivity(OnboardingProcess.TASK_INVITE)
                .execute()
                .getId();
        Job job = managementService.createJobQuery().processInstanceId(caseId).singleResult();
        // what the job executor does while the platform stays down: every retry of the cycle fails, then an incident
        for (int attempt = 0; attempt < 5 && incidentOf(caseId) == null; attempt++) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException platformDown) {
                // expected: the simulated outage
            }
        }
        Incident incident = incidentOf(caseId);
        assertThat(incident).as("an incident after the retry cycle").isNotNull();
        Job failed = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(failed.getRetries()).isZero();
        assertThat(failed.getDuedate().toInstant())
                .as("the last failure left the job due minutes later (R3/PT5M)")
                .isAfter(clock.instant().plus(Duration.ofMinutes(4)));

        simulator.setDown(false);
        TestSignIn.as(identityService, data.supervisor());
        Instant before = clock.instant();
        List<Incidents.Retry> retried = incidents.retry(List.of(incident.getId()));
        Instant after = clock.instant();
        identityService.clearAuthentication();

        assertThat(retried)
                .singleElement()
                .satisfies(retry -> assertThat(retry.done()).isTrue());
        Job again = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(again.getRetries()).isOne();
        assertThat(again.getDuedate().toInstant())
                .as("due now")
                .isBetween(before.minusSeconds(1), after.plusSeconds(1));
        assertThat(managementService
                        .createJobQuery()
                        .jobId(job.getId())
                        .executable()
                        .count())
                .as("acquirable at once")
                .isOne();

        managementService.executeJob(job.getId());
        assertThat(incidentOf(caseId)).isNull();
        assertThat(jdbc.sql(
                                "select count(*) from outbox_message where kind = 'PLATFORM_INVITATION' and jobseeker_id = :id")
                        .param("id", number)
                        .query(Integer.class)
                        .single())
                .as("one invitation: the failed attempts were rolled back")
                .isOne();
    }

    private Incident incidentOf(String caseId) {
        return runtimeService.createIncidentQuery().processInstanceId(caseId).singleResult();
    }
}
