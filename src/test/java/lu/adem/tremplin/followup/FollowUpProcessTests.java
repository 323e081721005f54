package lu.adem.tremplin.followup;

import static lu.adem.tremplin.followup.FollowUpProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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

import lu.adem.tremplin.learningplatform.PlatformUnavailable;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.ProcessTestOwners;

/**
 * {@code bpmn/follow-up.bpmn} on a plain engine. The platform's answers are scripted per test; time
 * passes by moving the engine clock and running the jobs that are then due, never by sleeping.
 */
@Deployment(
        resources = {
            RESOURCE,
            "forms/call-about-progress.form",
            "forms/review-progress.form",
            "forms/record-certificate.form",
            "forms/offer-next-course.form"
        })
class FollowUpProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;

    /** What successive progress readings return: percent, completed, certificate. */
    final Deque<int[]> readings = new ArrayDeque<>();

    boolean platformDown;
    final List<String> reminders = new ArrayList<>();
    final List<String> nextCourses = new ArrayList<>();

    @BeforeEach
    void bind() {
        BpmnAwareTests.init(processEngine);
        ClockUtil.setCurrentTime(new Date());
        Mocks.register("prepareFollowUp", (JavaDelegate) execution -> {
            execution.setVariable(
                    VAR_PILOT_ENDS_AT, new Date(ClockUtil.getCurrentTime().getTime() + days(200)));
            execution.setVariable(VAR_PROGRESS, 0);
        });
        Mocks.register("syncProgress", (JavaDelegate) execution -> {
            if (platformDown) {
                throw new PlatformUnavailable("Learning platform answered HTTP 503");
            }
            int before = (Integer) execution.getVariable(VAR_PROGRESS);
            int[] reading = readings.isEmpty() ? new int[] {before, 0, 0} : readings.poll();
            execution.setVariable(VAR_PROGRESSED, reading[0] > before);
            execution.setVariable(VAR_PROGRESS, reading[0]);
            execution.setVariable(VAR_COMPLETED, reading[1] == 1);
            execution.setVariable(VAR_CERTIFICATE, reading[2] == 1);
        });
        Mocks.register("remindToLearn", (JavaDelegate) execution -> reminders.add(execution.getBusinessKey()));
        Mocks.register(
                "announceNextCourse", (JavaDelegate) execution -> nextCourses.add(execution.getCurrentActivityId()));
    }

    @AfterEach
    void unbind() {
        ProcessTestOwners.reset(processEngine);
        Mocks.reset();
        ClockUtil.reset();
        BpmnAwareTests.reset();
    }

    private static long days(int days) {
        return Duration.ofDays(days).toMillis();
    }

    private ProcessInstance enrolled() {
        runtimeService()
                .createMessageCorrelation(MESSAGE_COURSE_ENROLLED)
                .processInstanceBusinessKey("DE-2026-000009")
                .setVariables(Map.of(
                        CaseVariables.JOBSEEKER_ID,
                        "DE-2026-000009",
                        CaseVariables.AGENCY,
                        "luxembourg",
                        CaseVariables.ROUTE,
                        "AUTONOMOUS",
                        CaseVariables.ENROLLED_COURSE,
                        "7100001"))
                .correlateStartMessage();
        return runtimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("DE-2026-000009")
                .singleResult();
    }

    /** Moves the engine clock on and runs every job that is due by then (and those they create). */
    private void passDays(int days) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + days(days)));
        runDueJobs();
    }

    private void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            // one at a time, earliest first: a job may cancel others (the 60-day review ends the learning loop)
            List<Job> due = managementService()
                    .createJobQuery()
                    .executable()
                    .orderByJobDuedate()
                    .asc()
                    .listPage(0, 1);
            if (due.isEmpty()) {
                return;
            }
            managementService().executeJob(due.get(0).getId());
        }
        throw new AssertionError("jobs keep coming");
    }

    @Test
    void shouldFollowProgressToACertificateAndOfferANextCourse() {
        readings.add(new int[] {40, 0, 0});
        readings.add(new int[] {100, 1, 1});
        ProcessInstance pi = enrolled();
        runDueJobs();

        assertThat(pi)
                .hasPassed(TASK_PREPARE, TASK_SYNC, END_PROGRESSED)
                .isWaitingAt(TASK_RECORD_CERTIFICATE)
                .task()
                .hasCandidateGroup("agency-luxembourg");
        assertThat(readings)
                .as("both readings taken: progress, then completion")
                .isEmpty();
        complete(task(pi), withVariables("certificateOnActionPlan", true, "certificateOnCv", true));
        complete(task(pi), withVariables(VAR_NEXT_COURSE, "NEXT_COURSE"));

        assertThat(pi).isEnded().hasPassed(END_NEXT_COURSE, END_FOLLOW_UP).hasNotPassed(TASK_REMIND);
        assertThat(nextCourses).containsExactly(END_NEXT_COURSE);
    }

    @Test
    void shouldOfferANextCourseAfterACompletionWithoutCertificate() {
        readings.add(new int[] {100, 1, 0});
        ProcessInstance pi = enrolled();
        runDueJobs();

        assertThat(pi).hasNotPassed(TASK_RECORD_CERTIFICATE).isWaitingAt(TASK_OFFER_NEXT);
        complete(task(pi), withVariables(VAR_NEXT_COURSE, "DONE"));
        assertThat(pi).isEnded().hasPassed(END_COURSE_FINISHED, END_FOLLOW_UP);
    }

    @Test
    void shouldRemindAfter14DaysCallAfter28AndReviewAfter60WithoutProgress() {
        ProcessInstance pi = enrolled();
        runDueJobs();
        assertThat(pi).isWaitingAt(TIMER_WEEK);

        passDays(7);
        assertThat(reminders).isEmpty();
        passDays(7);
        assertThat(reminders).containsExactly("DE-2026-000009");
        passDays(14);
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(TASK_CALL)
                        .count())
                .isOne();
        complete(
                taskQuery().taskDefinitionKey(TASK_CALL).singleResult(),
                withVariables("progressCallReached", "NOT_REACHED"));
        passDays(32);

        assertThat(pi).isWaitingAt(TASK_REVIEW).hasPassed(TASK_CALL);
        complete(task(pi), withVariables(VAR_REVIEW_OUTCOME, "CONTINUE"));
        runDueJobs();
        assertThat(pi).isWaitingAt(TIMER_WEEK);
        readings.add(new int[] {10, 0, 0});
        passDays(7);
        assertThat(pi)
                .as("progress restarts the count of days without progress")
                .hasPassed(END_PROGRESSED);
    }

    private ProcessInstance reviewed(String outcome) {
        ProcessInstance pi = enrolled();
        runDueJobs();
        passDays(60);
        taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CALL)
                .list()
                .forEach(call -> complete(
                        call, withVariables("progressCallReached", "REACHED", "progressCallOutcome", "WANTS_TO_STOP")));
        complete(
                taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(TASK_REVIEW)
                        .singleResult(),
                withVariables(VAR_REVIEW_OUTCOME, outcome, "reviewWithdrawReason", "NO_TIME"));
        return pi;
    }

    @Test
    void shouldGoBackToCourseChoiceWhenTheReviewSwitchesCourse() {
        ProcessInstance pi = reviewed("SWITCH_COURSE");

        assertThat(pi).isEnded().hasPassed(END_SWITCH, END_FOLLOW_UP);
        assertThat(nextCourses).containsExactly(END_SWITCH);
    }

    @Test
    void shouldEndWithAReferralWhenTheReviewChoosesAGuidedStart() {
        assertThat(reviewed("GUIDED_START")).isEnded().hasPassed(END_GUIDED_START);
    }

    @Test
    void shouldEndWithdrawnWhenTheReviewSaysSo() {
        assertThat(reviewed("WITHDRAW"))
                .isEnded()
                .hasPassed(END_WITHDRAWN)
                .variables()
                .containsEntry("reviewWithdrawReason", "NO_TIME");
    }

    @Test
    void shouldEndWhenTheJobseekerFindsAJob() {
        ProcessInstance pi = enrolled();
        runDueJobs();

        runtimeService()
                .createMessageCorrelation(MESSAGE_JOB_FOUND)
                .processInstanceBusinessKey("DE-2026-000009")
                .correlate();

        assertThat(pi).isEnded().hasPassed(BOUNDARY_JOB_FOUND, END_JOB).hasNotPassed(END_FOLLOW_UP);
    }

    @Test
    void shouldEndWithThePilot() {
        ProcessInstance pi = enrolled();
        runDueJobs();
        Job pilotEnd = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(BOUNDARY_PILOT_ENDS)
                .singleResult();
        assertThat(pilotEnd.getDuedate()).isEqualTo(runtimeService().getVariable(pi.getId(), VAR_PILOT_ENDS_AT));

        ClockUtil.setCurrentTime(new Date(pilotEnd.getDuedate().getTime() + 1000));
        managementService().executeJob(pilotEnd.getId());

        assertThat(pi).isEnded().hasPassed(END_PILOT);
    }

    @Test
    void shouldRaiseAnIncidentWhenThePlatformIsDownAndReadOnRetry() {
        platformDown = true;
        ProcessInstance pi = enrolled();
        String sync = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(TASK_SYNC)
                .singleResult()
                .getId();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> managementService().executeJob(sync)).isInstanceOf(PlatformUnavailable.class);
        }
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isOne();

        platformDown = false;
        managementService().setJobRetries(sync, 1);
        managementService().executeJob(sync);

        assertThat(pi).isWaitingAt(TIMER_WEEK);
    }

    // Who gets each task (ownership.AssignmentRule): referent → previous completer → the agency's group

    @Test
    void shouldGiveTheCallAfter28DaysWithoutProgressToTheReferentCounsellor() {
        ProcessTestOwners.referent(
                "DE-2026-000009", ProcessTestOwners.counsellor(processEngine, "claire", Agency.LUXEMBOURG));
        ProcessInstance pi = enrolled();
        runDueJobs();
        passDays(28);
        assertThat(taskQuery()
                        .processInstanceId(pi.getId())
                        .taskDefinitionKey(TASK_CALL)
                        .singleResult()
                        .getAssignee())
                .as("a task a timer created")
                .isEqualTo("claire");
    }

    @Test
    void shouldGiveTheReviewToWhoMadeTheCallWhenThereIsNoReferent() {
        ProcessTestOwners.counsellor(processEngine, "marc", Agency.LUXEMBOURG);
        ProcessInstance pi = enrolled();
        runDueJobs();
        passDays(28);
        var call = taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CALL)
                .singleResult();
        assertThat(call.getAssignee()).isNull();
        processEngine.getIdentityService().setAuthenticatedUserId("marc");
        complete(call, withVariables("progressCallReached", "NOT_REACHED"));
        processEngine.getIdentityService().clearAuthentication();

        passDays(32);

        assertThat(pi).isWaitingAt(TASK_REVIEW).task().isAssignedTo("marc");
    }

    @Test
    void shouldLeaveTheFollowUpWithTheAgencyWhenTheReferentWorksElsewhere() {
        ProcessTestOwners.referent(
                "DE-2026-000009", ProcessTestOwners.counsellor(processEngine, "eschref", Agency.ESCH_SUR_ALZETTE));
        ProcessInstance pi = enrolled();
        runDueJobs();
        passDays(28);
        var call = taskQuery()
                .processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CALL)
                .singleResult();
        assertThat(call.getAssignee()).isNull();
    }
}
