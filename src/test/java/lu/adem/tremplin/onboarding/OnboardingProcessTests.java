package lu.adem.tremplin.onboarding;

import static lu.adem.tremplin.onboarding.OnboardingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.assessment.process.RecordRouteDecision;
import lu.adem.tremplin.assessment.process.ScoreReadinessAnswers;
import lu.adem.tremplin.learningplatform.PlatformUnavailable;
import lu.adem.tremplin.onboarding.process.AnnounceEnrolment;
import lu.adem.tremplin.onboarding.process.RequirePrivacyNotice;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseHandover;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.support.ProcessTestOwners;
import lu.adem.tremplin.support.Questionnaire;

/**
 * {@code bpmn/onboarding.bpmn} on a plain engine with the real assessment process, path by path.
 * Eligibility and the learning platform are scripted per test; timers and asynchronous steps run
 * as jobs executed by the test, never by waiting.
 */
@Deployment(
        resources = {
            RESOURCE,
            "forms/propose-the-programme.form",
            "forms/privacy-notice.form",
            "forms/book-guided-start.form",
            "forms/refer-basic-training.form",
            "forms/language-support-decision.form",
            "forms/call-about-activation.form",
            "forms/confirm-guided-start-attendance.form",
            "forms/missed-guided-start.form",
            DigitalReadinessProcess.RESOURCE,
            DigitalReadinessProcess.DECISION_RESOURCE,
            "forms/digital-readiness-interview.form",
            "forms/validate-readiness-route.form"
        })
class OnboardingProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
            // the called assessment has its own tests and coverage (DigitalReadinessProcessTests)
            .excludeProcessDefinitionKeys(DigitalReadinessProcess.KEY, "enrolment-listener")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    /** Eligibility as the service answers it; set per test. */
    Optional<Eligibility.Reason> ineligible = Optional.empty();
    /** The platform's answers to successive activation checks. */
    final Deque<String> activation = new ArrayDeque<>();

    boolean platformDown;
    boolean seatsFull;
    final java.util.List<String> reminders = new java.util.ArrayList<>();

    @BeforeEach
    void bind() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("checkEligibility", (JavaDelegate) execution -> {
            execution.setVariable(VAR_ELIGIBLE, ineligible.isEmpty());
            ineligible.ifPresent(reason -> execution.setVariable(VAR_INELIGIBLE_REASON, reason.name()));
        });
        Mocks.register("requirePrivacyNotice", new RequirePrivacyNotice());
        Mocks.register(
                "announceEnrolment",
                new AnnounceEnrolment(new CaseHandover(
                        processEngine.getRepositoryService(),
                        processEngine.getRuntimeService(),
                        processEngine.getManagementService(),
                        new EngineAsSystem(processEngine.getIdentityService()),
                        new EngineClock(),
                        new lu.adem.tremplin.shared.engine.CaseKeys(java.util.List.of()))));
        Mocks.register("sendSelfAssessmentLink", (JavaDelegate) execution -> execution.setVariable(
                DigitalReadinessProcess.VAR_LINK_EXPIRES_AT,
                new java.util.Date(System.currentTimeMillis() + 86_400_000L)));
        Mocks.register("scoreReadinessAnswers", new ScoreReadinessAnswers());
        Mocks.register("recordRouteDecision", new RecordRouteDecision());
        Mocks.register("inviteToLearningPlatform", (JavaDelegate) execution -> {
            if (platformDown) {
                throw new PlatformUnavailable("Learning platform answered HTTP 503");
            }
            execution.setVariable(VAR_PLATFORM_STATUS, "INVITED");
        });
        Mocks.register("bookGuidedStartSessions", (JavaDelegate) execution -> {
            if (seatsFull) {
                throw new org.camunda.bpm.engine.delegate.BpmnError(ERROR_NO_FREE_SEATS, "no seats");
            }
            execution.setVariable(VAR_GUIDED_START_BOOKINGS, "2026-12-03T09:00, 2026-12-07T09:00");
            execution.setVariable(VAR_GUIDED_START_LAST_SESSION, java.sql.Timestamp.valueOf("2026-12-07 11:00:00"));
        });
        Mocks.register("remindToActivate", (JavaDelegate)
                execution -> reminders.add((String) execution.getVariable(CaseVariables.JOBSEEKER_ID)));
        Mocks.register("checkPlatformActivation", (JavaDelegate) execution ->
                execution.setVariable(VAR_PLATFORM_STATUS, activation.isEmpty() ? "INVITED" : activation.poll()));
    }

    @AfterEach
    void unbind() {
        ProcessTestOwners.reset(processEngine);
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance start() {
        return runtimeService()
                .startProcessInstanceByKey(
                        KEY,
                        "DE-2026-000001",
                        Map.of(CaseVariables.JOBSEEKER_ID, "DE-2026-000001", CaseVariables.AGENCY, "luxembourg"));
    }

    /** Accepted, eligible, privacy notice given: waiting for the assessment. */
    private ProcessInstance acceptedAndInformed() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));
        complete(task(pi), withVariables(VAR_PRIVACY_NOTICE_GIVEN, true, VAR_PRIVACY_NOTICE_CHANNEL, "IN_PERSON"));
        return pi;
    }

    /** Runs the called assessment with these answers and confirms the proposed route. */
    private void assess(ProcessInstance pi, Map<String, Object> answers) {
        assertThat(pi).isWaitingAt(CALL_ASSESSMENT);
        ProcessInstance assessment = calledProcessInstance(pi);
        assertThat(assessment).hasBusinessKey("DE-2026-000001");
        complete(task(assessment), answers);
        complete(
                task(assessment),
                withVariables(DigitalReadinessProcess.VAR_ROUTE_DECISION, DigitalReadinessProcess.DECISION_CONFIRM));
    }

    private void executeJobAt(ProcessInstance pi, String activityId) {
        Job job = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(activityId)
                .singleResult();
        assertThat(job).as("job at " + activityId).isNotNull();
        execute(job);
    }

    @Test
    void shouldWaitForTheAgencysCounsellorsToProposeTheProgramme() {
        ProcessInstance pi = start();

        assertThat(pi)
                .isWaitingAt(TASK_PROPOSE_PROGRAMME)
                .task()
                .hasCandidateGroup("agency-luxembourg")
                .isNotAssigned();
        assertThat(Duration.between(
                        task(pi).getCreateTime().toInstant(),
                        task(pi).getDueDate().toInstant()))
                .isCloseTo(Duration.ofDays(7), Duration.ofMinutes(1));
    }

    @Test
    void shouldResolveTheTaskFormFromForms() throws IOException {
        ProcessInstance pi = start();

        try (InputStream form = processEngine.getFormService().getDeployedTaskForm(task(pi).getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json)
                    .contains("\"id\": \"" + FORM_PROPOSE_PROGRAMME + "\"")
                    .contains(VAR_PROPOSAL_OUTCOME);
        }
    }

    @Test
    void shouldEnrolAnAutonomousJobseekerOnceTheAccountIsActive() {
        ProcessInstance pi = acceptedAndInformed();
        assess(pi, Questionnaire.autonomous());

        assertThat(pi).hasPassed(GATEWAY_ROUTE).isWaitingAt(TASK_INVITE);
        execute(job(pi));
        executeJobAt(pi, TASK_CHECK_ACTIVATION);
        assertThat(pi).isWaitingAt(TIMER_CHECK_AGAIN).variables().containsEntry(VAR_PLATFORM_STATUS, "INVITED");

        activation.add("ACTIVE");
        executeJobAt(pi, TIMER_CHECK_AGAIN);
        executeJobAt(pi, TASK_CHECK_ACTIVATION);

        assertThat(pi)
                .isEnded()
                .hasPassed(END_ENROLLED)
                .hasNotPassed(TASK_BOOK_GUIDED_START, TASK_CALL_ABOUT_ACTIVATION);
    }

    @Test
    void shouldStartTheProcessThatListensForEnrolledJobseekers() {
        var listener = org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("enrolment-listener")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .message(MESSAGE_ENROLLED)
                .endEvent()
                .done();
        String deployment = processEngine
                .getRepositoryService()
                .createDeployment()
                .addModelInstance("enrolment-listener.bpmn", listener)
                .deploy()
                .getId();
        try {
            ProcessInstance pi = acceptedAndInformed();
            assess(pi, Questionnaire.autonomous());
            execute(job(pi));
            activation.add("ACTIVE");
            executeJobAt(pi, TASK_CHECK_ACTIVATION);

            assertThat(pi).isEnded().hasPassed(END_ENROLLED);
            var started = processEngine
                    .getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey("enrolment-listener")
                    .singleResult();
            assertThat(started.getBusinessKey()).isEqualTo("DE-2026-000001");
            assertThat(processEngine
                            .getHistoryService()
                            .createHistoricVariableInstanceQuery()
                            .processInstanceId(started.getId())
                            .variableName(CaseVariables.ROUTE)
                            .singleResult()
                            .getValue())
                    .isEqualTo("AUTONOMOUS");
        } finally {
            processEngine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }

    @Test
    void shouldPassTheChosenWayOfAssessmentToTheAssessment() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));
        complete(
                task(pi),
                withVariables(
                        VAR_PRIVACY_NOTICE_GIVEN,
                        true,
                        VAR_PRIVACY_NOTICE_CHANNEL,
                        "IN_PERSON",
                        DigitalReadinessProcess.VAR_ASSESSMENT_MODE,
                        DigitalReadinessProcess.MODE_SELF));

        assertThat(calledProcessInstance(pi))
                .hasPassed(DigitalReadinessProcess.TASK_SEND_LINK)
                .isWaitingAt(DigitalReadinessProcess.GATEWAY_AWAIT_ANSWERS);
    }

    @Test
    void shouldRemindAfterSevenDaysAndAskACounsellorToCallAfterFourteen() {
        ProcessInstance pi = acceptedAndInformed();
        assess(pi, Questionnaire.autonomous());
        execute(job(pi));
        executeJobAt(pi, TASK_CHECK_ACTIVATION);

        executeJobAt(pi, TIMER_REMINDER_DUE);
        assertThat(reminders).containsExactly("DE-2026-000001");
        assertThat(pi).hasPassed(TASK_REMIND, "ReminderSent").isWaitingAt(TIMER_CHECK_AGAIN);

        executeJobAt(pi, TIMER_ACTIVATION_OVERDUE);

        assertThat(pi).isWaitingAt(TASK_CALL_ABOUT_ACTIVATION, TIMER_CHECK_AGAIN);
        complete(
                task(TASK_CALL_ABOUT_ACTIVATION, pi),
                withVariables("activationCallReached", "REACHED", "activationCallOutcome", "WILL_ACTIVATE"));
        activation.add("ACTIVE");
        executeJobAt(pi, TIMER_CHECK_AGAIN);
        executeJobAt(pi, TASK_CHECK_ACTIVATION);
        assertThat(pi).isEnded().hasPassed("CallDone", END_ENROLLED);
    }

    @Test
    void shouldRaiseAnIncidentWhenThePlatformIsDownAndContinueOnRetry() {
        ProcessInstance pi = acceptedAndInformed();
        assess(pi, Questionnaire.autonomous());
        platformDown = true;

        for (int attempt = 0; attempt < 3; attempt++) {
            String jobId = job(pi).getId();
            assertThatThrownBy(() -> managementService().executeJob(jobId)).hasMessageContaining("HTTP 503");
        }
        assertThat(job(pi).getRetries()).isZero();
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isOne();
        assertThat(pi).isWaitingAt(TASK_INVITE);

        platformDown = false;
        managementService().setJobRetries(job(pi).getId(), 1);
        execute(job(pi));

        assertThat(pi).isWaitingAt(SUBPROCESS_AWAIT_ACTIVATION);
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isZero();
    }

    /** Guided start route, sessions chosen and booked, waiting for the attendance. */
    private ProcessInstance guidedStartBooked() {
        ProcessInstance pi = acceptedAndInformed();
        assess(pi, Questionnaire.guidedStart());
        assertThat(pi).isWaitingAt(TASK_BOOK_GUIDED_START).task().hasCandidateGroup("agency-luxembourg");
        complete(
                task(pi),
                withVariables(
                        VAR_GUIDED_START_CLUB,
                        "LUXEMBOURG_CITY",
                        VAR_GUIDED_START_SESSIONS,
                        2L,
                        VAR_GUIDED_START_FIRST_SESSION,
                        "2026-12-03"));
        return pi;
    }

    @Test
    void shouldBookAGuidedStartAndInviteOnceAttended() {
        ProcessInstance pi = guidedStartBooked();

        assertThat(pi).hasPassed(TASK_BOOK_SESSIONS).isWaitingAt(TASK_CONFIRM_ATTENDANCE);
        assertThat(task(pi).getDueDate()).isEqualTo(java.sql.Timestamp.valueOf("2026-12-07 11:00:00"));
        complete(task(pi), withVariables(VAR_ATTENDED_SESSIONS, 2L));

        assertThat(pi).isWaitingAt(TASK_INVITE);
    }

    @Test
    void shouldLetTheCounsellorChooseAgainWhenSeatsAreFull() {
        seatsFull = true;
        ProcessInstance pi = guidedStartBooked();

        assertThat(pi).hasPassed(BOUNDARY_NO_FREE_SEATS).isWaitingAt(TASK_BOOK_GUIDED_START);
    }

    @Test
    void shouldNotStaySilentWhenEverySessionWasMissed() {
        ProcessInstance rebooked = guidedStartBooked();
        complete(task(rebooked), withVariables(VAR_ATTENDED_SESSIONS, 0L));
        assertThat(rebooked).isWaitingAt(TASK_MISSED_SESSIONS).task().hasCandidateGroup("agency-luxembourg");
        complete(task(rebooked), withVariables(VAR_MISSED_OUTCOME, "REBOOK"));
        assertThat(rebooked).isWaitingAt(TASK_BOOK_GUIDED_START);

        ProcessInstance other = guidedStartBooked();
        complete(task(other), withVariables(VAR_ATTENDED_SESSIONS, 0L));
        complete(task(other), withVariables(VAR_MISSED_OUTCOME, "CONTINUE"));
        assertThat(other).isWaitingAt(TASK_INVITE);

        ProcessInstance withdrawn = guidedStartBooked();
        complete(task(withdrawn), withVariables(VAR_ATTENDED_SESSIONS, 0L));
        complete(task(withdrawn), withVariables(VAR_MISSED_OUTCOME, "WITHDRAW"));
        assertThat(withdrawn).isEnded().hasPassed(END_WITHDRAWN);
    }

    @Test
    void shouldReassessEightWeeksAfterAReferralToBasicTraining() {
        ProcessInstance pi = acceptedAndInformed();
        assess(pi, Questionnaire.basicTraining());

        complete(
                task(TASK_REFER_BASIC_TRAINING, pi),
                withVariables("basicTrainingProvider", "CLUB_EMPLOI_WORKSHOP", "basicTrainingReferred", true));
        assertThat(pi).isWaitingAt(TIMER_REASSESS);
        assertThat(Duration.between(
                        java.time.Instant.now(), job(pi).getDuedate().toInstant()))
                .isCloseTo(Duration.ofDays(56), Duration.ofMinutes(1));
        execute(job(pi));

        assess(pi, Questionnaire.autonomous());
        assertThat(pi).isWaitingAt(TASK_INVITE);
    }

    @Test
    void shouldWithdrawWhenTheCounsellorDecidesSoAfterLanguageSupport() {
        ProcessInstance pi = acceptedAndInformed();
        assess(pi, Questionnaire.languageSupport());

        complete(
                task(TASK_DECIDE_LANGUAGE_SUPPORT, pi),
                withVariables(VAR_LANGUAGE_DECISION, "WITHDRAW", VAR_WITHDRAW_REASON, "COURSE_LANGUAGE"));

        assertThat(pi)
                .isEnded()
                .hasPassed(END_WITHDRAWN)
                .variables()
                .containsEntry(VAR_WITHDRAW_REASON, "COURSE_LANGUAGE");
    }

    @Test
    void shouldReassessLaterAfterLanguageSupport() {
        ProcessInstance pi = acceptedAndInformed();
        assess(pi, Questionnaire.languageSupport());

        complete(task(TASK_DECIDE_LANGUAGE_SUPPORT, pi), withVariables(VAR_LANGUAGE_DECISION, "REASSESS"));
        assertThat(pi).isWaitingAt(TIMER_REASSESS_LANGUAGE);
        execute(job(pi));

        assertThat(pi).isWaitingAt(CALL_ASSESSMENT);
    }

    @Test
    void shouldEndWithTheReasonWhenTheJobseekerIsNotEligible() {
        ineligible = Optional.of(Eligibility.Reason.REGISTRATION_INACTIVE);
        ProcessInstance pi = start();

        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "PHONE", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));

        assertThat(pi)
                .isEnded()
                .hasPassed(END_NOT_ELIGIBLE)
                .hasNotPassed(TASK_PRIVACY_NOTICE)
                .variables()
                .containsEntry(VAR_INELIGIBLE_REASON, "REGISTRATION_INACTIVE");
    }

    @Test
    void shouldNotGoOnWithoutConfirmationThatThePrivacyNoticeWasGiven() {
        ProcessInstance pi = start();
        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));
        String notice = task(pi).getId();

        assertThatThrownBy(() -> taskService()
                        .complete(notice, Map.of(VAR_PRIVACY_NOTICE_GIVEN, false, VAR_PRIVACY_NOTICE_CHANNEL, "EMAIL")))
                .hasMessageContaining("privacy notice was given");
        assertThatThrownBy(() -> taskService().complete(notice, Map.of(VAR_PRIVACY_NOTICE_GIVEN, true)))
                .hasMessageContaining("how the privacy notice was given");

        assertThat(pi).isWaitingAt(TASK_PRIVACY_NOTICE);
    }

    @Test
    void shouldEndDeclinedWithTheRecordedReason() {
        ProcessInstance pi = start();

        complete(
                task(pi),
                withVariables(
                        VAR_PROPOSAL_CHANNEL,
                        "PHONE",
                        VAR_PROPOSAL_OUTCOME,
                        OUTCOME_DECLINED,
                        VAR_DECLINE_REASON,
                        "NO_TIME"));

        assertThat(pi).isEnded().hasPassed(END_DECLINED).variables().containsEntry(VAR_DECLINE_REASON, "NO_TIME");
    }

    @Test
    void shouldAskAgainAfterThirtyDaysWhenTheJobseekerWantsToThink() {
        ProcessInstance pi = start();

        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_LATER));

        assertThat(pi).isWaitingAt(TIMER_ASK_AGAIN);
        execute(job(pi));
        assertThat(pi).isWaitingAt(TASK_PROPOSE_PROGRAMME).task().hasCandidateGroup("agency-luxembourg");
    }

    // Who gets each task (ownership.AssignmentRule): referent → previous completer → the agency's group

    @Test
    void shouldGiveEveryTaskToTheJobseekersReferentCounsellor() {
        ProcessTestOwners.referent(
                "DE-2026-000001", ProcessTestOwners.counsellor(processEngine, "claire", Agency.LUXEMBOURG));
        ProcessInstance pi = start();
        assertThat(pi).task().isAssignedTo("claire");
        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));
        assertThat(pi).isWaitingAt(TASK_PRIVACY_NOTICE).task().isAssignedTo("claire");
    }

    @Test
    void shouldGiveTheNextTaskToWhoCompletedThePreviousOneWhenThereIsNoReferent() {
        ProcessTestOwners.counsellor(processEngine, "marc", Agency.LUXEMBOURG);
        ProcessInstance pi = start();
        assertThat(pi).task().isNotAssigned().hasCandidateGroup("agency-luxembourg");
        processEngine.getIdentityService().setAuthenticatedUserId("marc");
        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));
        assertThat(pi).isWaitingAt(TASK_PRIVACY_NOTICE).task().isAssignedTo("marc");
    }

    @Test
    void shouldNeverAssignAcrossAgencies() {
        ProcessTestOwners.referent(
                "DE-2026-000001", ProcessTestOwners.counsellor(processEngine, "eschref", Agency.ESCH_SUR_ALZETTE));
        ProcessInstance pi = start();
        assertThat(pi).task().isNotAssigned();
        processEngine.getIdentityService().setAuthenticatedUserId("eschref");
        complete(task(pi), withVariables(VAR_PROPOSAL_CHANNEL, "MEETING", VAR_PROPOSAL_OUTCOME, OUTCOME_ACCEPTED));
        assertThat(pi)
                .as("neither the referent nor the completer is a counsellor of Luxembourg: the agency's group")
                .isWaitingAt(TASK_PRIVACY_NOTICE)
                .task()
                .isNotAssigned()
                .hasCandidateGroup("agency-luxembourg");
    }

    @Test
    void shouldGiveTheTaskToTheCoveringColleagueFromTheAbsencesFirstDayToItsLast() {
        ProcessTestOwners.referent(
                "DE-2026-000001", ProcessTestOwners.counsellor(processEngine, "claire", Agency.LUXEMBOURG));
        ProcessTestOwners.counsellor(processEngine, "sophie", Agency.LUXEMBOURG);
        java.time.LocalDate first = java.time.LocalDate.of(2027, 3, 8);
        ProcessTestOwners.absent("claire", "sophie", first, first.plusDays(4));
        Map<java.time.LocalDate, String> expected = new java.util.LinkedHashMap<>();
        expected.put(first.minusDays(1), "claire");
        expected.put(first, "sophie");
        expected.put(first.plusDays(4), "sophie");
        expected.put(first.plusDays(5), "claire");
        expected.forEach((day, assignee) -> {
            // the first and the last minute of the Luxembourg day
            for (java.time.LocalTime time :
                    java.util.List.of(java.time.LocalTime.MIN, java.time.LocalTime.of(23, 59))) {
                org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(
                        day.atTime(time).atZone(EngineClock.LUXEMBOURG).toInstant()));
                ProcessInstance pi = start();
                var task = taskService()
                        .createTaskQuery()
                        .processInstanceId(pi.getId())
                        .singleResult();
                assertThat(task.getAssignee()).as(day + " " + time).isEqualTo(assignee);
                assertThat(task.getOwner())
                        .as("the absent referent owns the task the colleague covers")
                        .isEqualTo(assignee.equals("sophie") ? "claire" : null);
                runtimeService().deleteProcessInstance(pi.getId(), "test");
            }
        });
    }
}
