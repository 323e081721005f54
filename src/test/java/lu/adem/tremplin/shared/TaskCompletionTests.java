package lu.adem.tremplin.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.support.TestData;

/** A double submit of the same task: the second attempt is told the task is done and changes nothing. */
@SpringBootTest
@ActiveProfiles("test")
class TaskCompletionTests {

    @Autowired
    TaskCompletion completion;

    @Autowired
    Onboarding onboarding;

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired
    IdentityService identityService;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    /** A new Wiltz case waiting at "Propose the programme", for a number no jobseeker is registered under. */
    private String proposal() {
        String number = TestData.registrationNumber();
        onboarding.proposeProgramme(number, Agency.WILTZ);
        identityService.setAuthentication("counsellorwiltz", List.of("counsellor", Agency.WILTZ.groupId()));
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
    }

    private static Map<String, Object> answer(String outcome) {
        return Map.of(
                OnboardingProcess.VAR_PROPOSAL_CHANNEL,
                "PHONE",
                OnboardingProcess.VAR_PROPOSAL_OUTCOME,
                outcome,
                OnboardingProcess.VAR_DECLINE_REASON,
                "NO_TIME");
    }

    @Test
    void shouldRefuseTheSecondSubmitOfATaskAndKeepTheFirstAnswer() {
        String task = proposal();
        String instance =
                taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        completion.complete(task, answer(OnboardingProcess.OUTCOME_ACCEPTED));

        assertThatThrownBy(() -> completion.complete(task, answer("DECLINED")))
                .isInstanceOf(TaskCompletion.TaskAlreadyDone.class);

        identityService.clearAuthentication();
        assertThat(historyService
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName(OnboardingProcess.VAR_PROPOSAL_OUTCOME)
                        .singleResult()
                        .getValue())
                .isEqualTo(OnboardingProcess.OUTCOME_ACCEPTED);
        // the first answer was acted upon: eligibility checked (this made-up number is not registered)
        assertThat(historyService
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(instance)
                        .activityId(OnboardingProcess.END_NOT_ELIGIBLE)
                        .count())
                .isOne();
        assertThat(historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(instance)
                        .taskDefinitionKey(OnboardingProcess.TASK_PROPOSE_PROGRAMME)
                        .count())
                .isOne();
    }

    @Test
    void shouldLetExactlyOneOfTwoSimultaneousSubmitsThrough() throws Exception {
        String task = proposal();
        String instance =
                taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        identityService.clearAuthentication();
        CountDownLatch start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (String outcome : List.of(OnboardingProcess.OUTCOME_ACCEPTED, "DECLINED")) {
                attempts.add(pool.submit((Callable<Boolean>) () -> {
                    identityService.setAuthentication("counsellorwiltz", List.of("counsellor", Agency.WILTZ.groupId()));
                    start.await();
                    try {
                        completion.complete(task, answer(outcome));
                        return true;
                    } catch (TaskCompletion.TaskAlreadyDone alreadyDone) {
                        return false;
                    } finally {
                        identityService.clearAuthentication();
                    }
                }));
            }
            start.countDown();
            int completed = 0;
            for (Future<Boolean> attempt : attempts) {
                try {
                    completed += attempt.get() ? 1 : 0;
                } catch (ExecutionException unexpected) {
                    throw new AssertionError("only 'already done' may stop a submit", unexpected.getCause());
                }
            }
            assertThat(completed).isOne();
        } finally {
            pool.shutdownNow();
        }
        assertThat(historyService
                        .createHistoricTaskInstanceQuery()
                        .processInstanceId(instance)
                        .taskDefinitionKey(OnboardingProcess.TASK_PROPOSE_PROGRAMME)
                        .finished()
                        .count())
                .isOne();
    }

    @Test
    void shouldRefuseAnotherAgencysTaskEvenByItsId() {
        String task = proposal();
        identityService.setAuthentication("counsellor2", List.of("counsellor", Agency.ESCH_SUR_ALZETTE.groupId()));

        // the same answer as for a task that does not exist: no id is confirmed
        assertThatThrownBy(() -> completion.complete(task, answer(OnboardingProcess.OUTCOME_ACCEPTED)))
                .isInstanceOf(TaskCompletion.TaskAlreadyDone.class)
                .hasMessage("Task " + task + " is no longer open");
        assertThatThrownBy(() -> completion.complete("no-such-task", answer(OnboardingProcess.OUTCOME_ACCEPTED)))
                .isInstanceOf(TaskCompletion.TaskAlreadyDone.class)
                .hasMessage("Task no-such-task is no longer open");

        identityService.clearAuthentication();
        assertThat(taskService.createTaskQuery().taskId(task).count())
                .as("still open")
                .isOne();
    }
}
