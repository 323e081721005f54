package lu.adem.tremplin.onboarding;

import static lu.adem.tremplin.onboarding.OnboardingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
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
import java.util.Optional;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.assessment.process.RecordRouteDecision;
import lu.adem.tremplin.assessment.process.ScoreReadinessAnswers;
import lu.adem.tremplin.onboarding.process.RequirePrivacyNotice;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code bpmn/onboarding.bpmn} on a plain engine, path by path. */
@Deployment(resources = { RESOURCE, "forms/propose-the-programme.form", "forms/privacy-notice.form",
        DigitalReadinessProcess.RESOURCE, DigitalReadinessProcess.DECISION_RESOURCE,
        "forms/digital-readiness-interview.form", "forms/validate-readiness-route.form" })
class OnboardingProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    /** Eligibility as the delegate's service answers it; set per test. */
    Optional<Eligibility.Reason> ineligible = Optional.empty();

    /** Bind BPM Assert to this engine (Spring tests in the same JVM register another) and the delegates. */
    @BeforeEach
    void bindAssertions() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("checkEligibility", (JavaDelegate) execution -> {
            execution.setVariable(VAR_ELIGIBLE, ineligible.isEmpty());
            ineligible.ifPresent(reason -> execution.setVariable(VAR_INELIGIBLE_REASON, reason.name()));
        });
        Mocks.register("requirePrivacyNotice", new RequirePrivacyNotice());
        Mocks.register("scoreReadinessAnswers", new ScoreReadinessAnswers());
        Mocks.register("recordRouteDecision", new RecordRouteDecision());
    }

    @AfterEach
    void unbindAssertions() {
        Mocks.reset();
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
    void shouldGivePrivacyNoticeThenAssessReadinessWhenAnEligibleJobseekerAccepts() {
        ProcessInstance pi = start();

        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));
        assertThat(pi).hasPassed(TASK_CHECK_ELIGIBILITY, GATEWAY_ELIGIBLE).isWaitingAt(TASK_PRIVACY_NOTICE).task()
                .hasCandidateGroup("agency-luxembourg");
        complete(task(pi), withVariables(VAR_PRIVACY_NOTICE_GIVEN, true, VAR_PRIVACY_NOTICE_CHANNEL, "IN_PERSON"));

        assertThat(pi).isWaitingAt(CALL_ASSESSMENT);
        ProcessInstance assessment = calledProcessInstance(pi);
        assertThat(assessment).hasBusinessKey("DE-2026-000001").isWaitingAt(DigitalReadinessProcess.TASK_INTERVIEW);
        complete(task(assessment), basicSkillsAnswers());
        complete(task(assessment), withVariables(DigitalReadinessProcess.VAR_ROUTE_DECISION, DigitalReadinessProcess.DECISION_CONFIRM));

        assertThat(pi).isEnded().hasPassed(END_ASSESSED).variables().containsEntry(VAR_ROUTE, "BASIC_TRAINING")
                .containsEntry("routeOverridden", false);
    }

    /** Some access, very few skills (S = 3): the table proposes basic digital training. */
    private static Map<String, Object> basicSkillsAnswers() {
        Map<String, Object> answers = new java.util.HashMap<>(Map.of("a1", 0, "a2", 0, "a3", 1, "s1", 1, "s2", 1,
                "s3", 0, "s4", 1, "s5", 0, "l1", 2, "l2", 1));
        answers.put("l3", 0);
        answers.put("m1", 2);
        return answers;
    }

    @Test
    void shouldEndWithTheReasonWhenTheJobseekerIsNotEligible() {
        ineligible = Optional.of(Eligibility.Reason.REGISTRATION_INACTIVE);
        ProcessInstance pi = start();

        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "PHONE", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));

        assertThat(pi).isEnded().hasPassed(END_NOT_ELIGIBLE).hasNotPassed(TASK_PRIVACY_NOTICE).variables()
                .containsEntry(VAR_INELIGIBLE_REASON, "REGISTRATION_INACTIVE");
    }

    @Test
    void shouldNotGoOnWithoutConfirmationThatThePrivacyNoticeWasGiven() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));
        String notice = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(notice, Map.of(VAR_PRIVACY_NOTICE_GIVEN, false,
                VAR_PRIVACY_NOTICE_CHANNEL, "EMAIL"))).hasMessageContaining("privacy notice was given");

        assertThat(pi).isWaitingAt(TASK_PRIVACY_NOTICE);
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
