package lu.adem.tremplin.onboarding;

import static lu.adem.tremplin.onboarding.OnboardingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code bpmn/onboarding.bpmn} on a plain engine, path by path. */
@Deployment(resources = { RESOURCE, "forms/propose-the-programme.form" })
class OnboardingProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    /** Bind BPM Assert to this engine: Spring tests in the same JVM register another one. */
    @BeforeEach
    void bindAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void unbindAssertions() {
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, "DE-2026-000001",
                Map.of(VAR_JOBSEEKER_ID, "DE-2026-000001", VAR_AGENCY, "luxembourg"));
    }

    @Test
    void shouldWaitForTheAgencysCounsellorsToProposeTheProgramme() {
        ProcessInstance pi = start();

        assertThat(pi).isWaitingAt(TASK_PROPOSE_PROGRAMME).task()
                .hasCandidateGroup("agency-luxembourg")
                .isNotAssigned();
        assertThat(task(pi).getDueDate()).isNotNull();
        assertThat(Duration.between(task(pi).getCreateTime().toInstant(), task(pi).getDueDate().toInstant()))
                .isCloseTo(Duration.ofDays(7), Duration.ofMinutes(1));
    }

    @Test
    void shouldResolveTheTaskFormFromForms() throws IOException {
        ProcessInstance pi = start();

        try (InputStream form = processEngine.getFormService().getDeployedTaskForm(task(pi).getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).contains("\"id\": \"" + FORM_PROPOSE_PROGRAMME + "\"").contains(VAR_PROPOSAL_OUTCOME);
        }
    }

    @Test
    void shouldEndAcceptedWhenTheJobseekerAccepts() {
        ProcessInstance pi = start();

        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));

        assertThat(pi).hasPassed(TASK_PROPOSE_PROGRAMME, GATEWAY_ANSWER).isEnded().hasPassed(END_ACCEPTED);
    }

    @Test
    void shouldEndDeclinedWithTheRecordedReason() {
        ProcessInstance pi = start();

        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "PHONE", VAR_PROPOSAL_OUTCOME, OUTCOME_DECLINED,
                VAR_DECLINE_REASON, "NO_TIME"));

        assertThat(pi).isEnded().hasPassed(END_DECLINED).variables().containsEntry(VAR_DECLINE_REASON, "NO_TIME");
    }

    @Test
    void shouldAskAgainAfterThirtyDaysWhenTheJobseekerWantsToThink() {
        ProcessInstance pi = start();

        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_LATER));

        assertThat(pi).isWaitingAt(TIMER_ASK_AGAIN);
        assertThat(job(pi).getDuedate()).isNotNull();
        execute(job(pi));
        assertThat(pi).isWaitingAt(TASK_PROPOSE_PROGRAMME).task().hasCandidateGroup("agency-luxembourg");
    }
}
