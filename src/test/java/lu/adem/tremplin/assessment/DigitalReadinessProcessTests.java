package lu.adem.tremplin.assessment;

import static lu.adem.tremplin.assessment.DigitalReadinessProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import lu.adem.tremplin.assessment.process.RecordRouteDecision;
import lu.adem.tremplin.assessment.process.ScoreReadinessAnswers;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.ProcessTestOwners;
import lu.adem.tremplin.support.Questionnaire;

/** {@code bpmn/digital-readiness.bpmn} with its decision table and real delegates, on a plain engine. */
@Deployment(
        resources = {
            RESOURCE,
            DECISION_RESOURCE,
            "forms/digital-readiness-interview.form",
            "forms/validate-readiness-route.form"
        })
class DigitalReadinessProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("scoreReadinessAnswers", new ScoreReadinessAnswers());
        Mocks.register("recordRouteDecision", new RecordRouteDecision());
    }

    @AfterEach
    void tearDown() {
        ProcessTestOwners.reset(processEngine);
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
        processEngine.getIdentityService().clearAuthentication();
    }

    private ProcessInstance interviewed(Map<String, Object> answers) {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(KEY, Map.of("jobseekerId", "DE-2026-000002", "agency", "esch-sur-alzette"));
        assertThat(pi).isWaitingAt(TASK_INTERVIEW).task().hasCandidateGroup("agency-esch-sur-alzette");
        complete(task(pi), answers);
        return pi;
    }

    /** A jobseeker with an own computer, unlimited internet, strong skills and time: autonomous. */
    private static Map<String, Object> strongAnswers() {
        return Questionnaire.autonomous();
    }

    @Test
    void shouldProposeTheDecisionTablesRouteAndKeepItWhenConfirmed() {
        ProcessInstance pi = interviewed(strongAnswers());

        assertThat(pi)
                .hasPassed(TASK_SCORE, TASK_PROPOSE_ROUTE)
                .isWaitingAt(TASK_VALIDATE_ROUTE)
                .variables()
                .containsEntry(VAR_PROPOSED_ROUTE, "AUTONOMOUS")
                .containsEntry(VAR_SKILLS_SCORE, 12)
                .containsEntry(VAR_ACCESS_SCORE, 7)
                .containsEntry(VAR_CONDITIONS_SCORE, 5);

        processEngine.getIdentityService().setAuthentication("counsellor2", List.of("agency-esch-sur-alzette"));
        complete(task(pi), withVariables(VAR_ROUTE_DECISION, DECISION_CONFIRM));

        assertThat(pi)
                .isEnded()
                .hasPassed(END_ROUTE_DECIDED)
                .variables()
                .containsEntry(CaseVariables.ROUTE, "AUTONOMOUS")
                .containsEntry(VAR_ROUTE_OVERRIDDEN, false)
                .containsEntry(VAR_ROUTE_DECIDED_BY, "counsellor2");
    }

    @Test
    void shouldRecordAnOverrideWithItsReason() {
        ProcessInstance pi = interviewed(strongAnswers());

        complete(
                task(pi),
                withVariables(
                        VAR_ROUTE_DECISION,
                        DECISION_OVERRIDE,
                        VAR_OVERRIDE_ROUTE,
                        "GUIDED_START",
                        VAR_OVERRIDE_REASON,
                        "Overrated skills: could not open the course page"));

        assertThat(pi)
                .isEnded()
                .variables()
                .containsEntry(VAR_PROPOSED_ROUTE, "AUTONOMOUS")
                .containsEntry(CaseVariables.ROUTE, "GUIDED_START")
                .containsEntry(VAR_ROUTE_OVERRIDDEN, true)
                .containsEntry(VAR_OVERRIDE_REASON, "Overrated skills: could not open the course page");
    }

    @Test
    void shouldRefuseAnOverrideWithoutReasonAndLeaveTheTaskOpen() {
        ProcessInstance pi = interviewed(strongAnswers());
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService()
                        .complete(
                                taskId,
                                Map.of(VAR_ROUTE_DECISION, DECISION_OVERRIDE, VAR_OVERRIDE_ROUTE, "GUIDED_START")))
                .hasMessageContaining("reason is required");

        assertThat(pi).isWaitingAt(TASK_VALIDATE_ROUTE);
        assertThat(runtimeService().getVariable(pi.getId(), CaseVariables.ROUTE))
                .isNull();
    }

    @Test
    void shouldRefuseAnIncompleteQuestionnaireAndKeepTheInterviewOpen() {
        ProcessInstance pi = runtimeService()
                .startProcessInstanceByKey(KEY, Map.of("jobseekerId", "DE-2026-000003", "agency", "luxembourg"));
        Map<String, Object> answers = strongAnswers();
        answers.remove("s4");
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, answers)).hasMessageContaining("S4 missing");

        assertThat(pi).isWaitingAt(TASK_INTERVIEW);
    }

    private static final long SEVEN_DAYS = 7L * 24 * 60 * 60 * 1000;

    /** Stands in for the link sender: records the validity it was given and sets the expiry. */
    private final List<String> linkValidities = new java.util.ArrayList<>();

    private ProcessInstance selfAssessed(JavaDelegate linkSender) {
        Mocks.register("sendSelfAssessmentLink", linkSender);
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        Map.of(
                                "jobseekerId",
                                "DE-2026-000004",
                                "agency",
                                "luxembourg",
                                VAR_ASSESSMENT_MODE,
                                MODE_SELF));
    }

    private JavaDelegate linkSentForSevenDays() {
        return execution -> {
            linkValidities.add((String) execution.getVariable(VAR_LINK_VALIDITY));
            execution.setVariable(
                    VAR_LINK_EXPIRES_AT, new Date(ClockUtil.getCurrentTime().getTime() + SEVEN_DAYS));
        };
    }

    @Test
    void shouldScoreTheJobseekersOwnAnswersWhenTheyArriveByTheLink() {
        ProcessInstance pi = selfAssessed(linkSentForSevenDays());

        assertThat(pi).hasPassed(TASK_SEND_LINK).isWaitingAt(GATEWAY_AWAIT_ANSWERS);
        assertThat(linkValidities).containsExactly("P7D");

        Map<String, Object> answers = new HashMap<>(strongAnswers());
        answers.put(VAR_ANSWERED_BY, ANSWERED_BY_JOBSEEKER);
        runtimeService()
                .createMessageCorrelation(MESSAGE_SELF_ASSESSMENT)
                .processInstanceId(pi.getId())
                .setVariables(answers)
                .correlate();

        assertThat(pi)
                .hasPassed(EVENT_ANSWERS_RECEIVED, TASK_SCORE)
                .hasNotPassed(TASK_INTERVIEW)
                .isWaitingAt(TASK_VALIDATE_ROUTE)
                .variables()
                .containsEntry(VAR_PROPOSED_ROUTE, "AUTONOMOUS");
    }

    @Test
    void shouldHandTheQuestionnaireToTheCounsellorWhenTheLinkExpiresUnanswered() {
        ProcessInstance pi = selfAssessed(linkSentForSevenDays());
        var timer = processEngine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(runtimeService().getVariable(pi.getId(), VAR_LINK_EXPIRES_AT));

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + SEVEN_DAYS + 60_000));
        processEngine.getManagementService().executeJob(timer.getId());

        assertThat(pi)
                .hasPassed(EVENT_LINK_EXPIRED)
                .isWaitingAt(TASK_INTERVIEW)
                .task()
                .hasCandidateGroup("agency-luxembourg");
    }

    @Test
    void shouldFallBackToTheInterviewWhenTheJobseekerHasNoEmailAddress() {
        ProcessInstance pi = selfAssessed(execution -> {
            throw new BpmnError(ERROR_NO_EMAIL, "no email");
        });

        assertThat(pi).hasPassed(BOUNDARY_NO_EMAIL).isWaitingAt(TASK_INTERVIEW);
    }

    // Who gets each task (ownership.AssignmentRule): referent → previous completer → the agency's group

    private ProcessInstance requested() {
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY, "DE-2026-000002", Map.of("jobseekerId", "DE-2026-000002", "agency", "esch-sur-alzette"));
    }

    @Test
    void shouldGiveTheInterviewAndTheRouteToTheReferentCounsellor() {
        ProcessTestOwners.referent(
                "DE-2026-000002", ProcessTestOwners.counsellor(processEngine, "marc", Agency.ESCH_SUR_ALZETTE));
        ProcessInstance pi = requested();
        assertThat(pi).isWaitingAt(TASK_INTERVIEW).task().isAssignedTo("marc");
        complete(task(pi), strongAnswers());
        assertThat(pi).isWaitingAt(TASK_VALIDATE_ROUTE).task().isAssignedTo("marc");
    }

    @Test
    void shouldGiveTheRouteToWhoRanTheInterviewWhenThereIsNoReferent() {
        ProcessTestOwners.counsellor(processEngine, "lena", Agency.ESCH_SUR_ALZETTE);
        ProcessInstance pi = requested();
        assertThat(pi).task().isNotAssigned();
        processEngine.getIdentityService().setAuthenticatedUserId("lena");
        complete(task(pi), strongAnswers());
        assertThat(pi).isWaitingAt(TASK_VALIDATE_ROUTE).task().isAssignedTo("lena");
    }

    @Test
    void shouldLeaveTheAssessmentWithTheAgencyWhenTheReferentWorksElsewhere() {
        ProcessTestOwners.referent(
                "DE-2026-000002", ProcessTestOwners.counsellor(processEngine, "claire", Agency.LUXEMBOURG));
        ProcessInstance pi = requested();
        assertThat(pi).task().isNotAssigned().hasCandidateGroup("agency-esch-sur-alzette");
    }
}
