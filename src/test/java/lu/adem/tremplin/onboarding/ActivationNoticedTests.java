package lu.adem.tremplin.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.learningplatform.AccountActivated;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.TestData;

/** An activation Tremplin hears of at once makes the waiting case check now, not tomorrow. */
@SpringBootTest
@ActiveProfiles("test")
class ActivationNoticedTests {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void shouldBringTheNextActivationCheckForward() {
        String number = TestData.registrationNumber();
        String instance = runtimeService
                .createProcessInstanceByKey(OnboardingProcess.KEY)
                .businessKey(number)
                .setVariables(Map.of(CaseVariables.JOBSEEKER_ID, number, CaseVariables.AGENCY, "wiltz"))
                .startBeforeActivity(OnboardingProcess.TIMER_CHECK_AGAIN)
                .execute()
                .getId();
        var timer = managementService
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(OnboardingProcess.TIMER_CHECK_AGAIN)
                .singleResult();
        assertThat(Duration.between(java.time.Instant.now(), timer.getDuedate().toInstant()))
                .isPositive();

        events.publishEvent(new AccountActivated(number));

        var brought = managementService.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(brought.getDuedate().toInstant()).isBeforeOrEqualTo(java.time.Instant.now());
        runtimeService.deleteProcessInstance(instance, "test done");
    }
}
