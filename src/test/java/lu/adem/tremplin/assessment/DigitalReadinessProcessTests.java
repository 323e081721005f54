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

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
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

/** {@code bpmn/digital-readiness.bpmn} with its decision table and real delegates, on a plain engine. */
@Deployment(resources = { RESOURCE, DECISION_RESOURCE, "forms/digital-readiness-interview.form",
        "forms/validate-readiness-route.form" })
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
        Mocks.reset();
        BpmnAwareTests.reset();
        processEngine.getIdentityService().clearAuthentication();
    }

    private ProcessInstance interviewed(Map<String, Object> answers) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY,
                Map.of("jobseekerId", "DE-2026-000002", "agency", "esch-sur-alzette"));
        assertThat(pi).isWaitingAt(TASK_INTERVIEW).task().hasCandidateGroup("agency-esch-sur-alzette");
        complete(task(pi), answers);
        return pi;
    }

    /** A jobseeker with an own computer, unlimited internet, strong skills and time: autonomous. */
    private static Map<String, Object> strongAnswers() {
        return ReadinessScoresTests.answers(3, 2, 2, 3, 3, 2, 2, 2, 2, 2, 1, 3);
    }

    @Test
    void shouldProposeTheDecisionTablesRouteAndKeepItWhenConfirmed() {
        ProcessInstance pi = interviewed(strongAnswers());

        assertThat(pi).hasPassed(TASK_SCORE, TASK_PROPOSE_ROUTE).isWaitingAt(TASK_VALIDATE_ROUTE)
                .variables().containsEntry(VAR_PROPOSED_ROUTE, "AUTONOMOUS").containsEntry(VAR_SKILLS_SCORE, 12)
                .containsEntry(VAR_ACCESS_SCORE, 7).containsEntry(VAR_CONDITIONS_SCORE, 5);

        processEngine.getIdentityService().setAuthentication("counsellor2", List.of("agency-esch-sur-alzette"));
        complete(task(pi), withVariables(VAR_ROUTE_DECISION, DECISION_CONFIRM));

        assertThat(pi).isEnded().hasPassed(END_ROUTE_DECIDED).variables()
                .containsEntry(VAR_ROUTE, "AUTONOMOUS")
                .containsEntry(VAR_ROUTE_OVERRIDDEN, false)
                .containsEntry(VAR_ROUTE_DECIDED_BY, "counsellor2");
    }

    @Test
    void shouldRecordAnOverrideWithItsReason() {
        ProcessInstance pi = interviewed(strongAnswers());

        complete(task(pi), withVariables(VAR_ROUTE_DECISION, DECISION_OVERRIDE, VAR_OVERRIDE_ROUTE, "GUIDED_START",
                VAR_OVERRIDE_REASON, "Overrated skills: could not open the course page"));

        assertThat(pi).isEnded().variables()
                .containsEntry(VAR_PROPOSED_ROUTE, "AUTONOMOUS")
                .containsEntry(VAR_ROUTE, "GUIDED_START")
                .containsEntry(VAR_ROUTE_OVERRIDDEN, true)
                .containsEntry(VAR_OVERRIDE_REASON, "Overrated skills: could not open the course page");
    }

    @Test
    void shouldRefuseAnOverrideWithoutReasonAndLeaveTheTaskOpen() {
        ProcessInstance pi = interviewed(strongAnswers());
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, Map.of(VAR_ROUTE_DECISION, DECISION_OVERRIDE,
                VAR_OVERRIDE_ROUTE, "GUIDED_START")))
                .hasMessageContaining("reason is required");

        assertThat(pi).isWaitingAt(TASK_VALIDATE_ROUTE);
        assertThat(runtimeService().getVariable(pi.getId(), VAR_ROUTE)).isNull();
    }

    @Test
    void shouldRefuseAnIncompleteQuestionnaireAndKeepTheInterviewOpen() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY,
                Map.of("jobseekerId", "DE-2026-000003", "agency", "luxembourg"));
        Map<String, Object> answers = strongAnswers();
        answers.remove("s4");
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService().complete(taskId, answers)).hasMessageContaining("S4 missing");

        assertThat(pi).isWaitingAt(TASK_INTERVIEW);
    }
}
