package lu.adem.tremplin.recommendation;

import static lu.adem.tremplin.recommendation.CourseRecommendationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

import lu.adem.tremplin.learningplatform.PlatformUnavailable;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.ProcessTestOwners;

/**
 * {@code bpmn/course-recommendation.bpmn} on a plain engine: shortlist, choice (or a new shortlist),
 * reminder after 14 days, enrolment with retries. Delegates are scripted; the catalogue check is a
 * stand-in that knows courses "7100001" and "7100002".
 */
@Deployment(resources = {RESOURCE, "forms/choose-course.form"})
class CourseRecommendationProcessTests {

    @RegisterExtension
    static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder("camunda-unit.cfg.xml")
            .assertClassCoverageAtLeast(1.0)
            .build();

    ProcessEngine processEngine;
    int shortlistsBuilt;
    boolean platformDown;
    final List<String> reminders = new ArrayList<>();
    final List<String> announced = new ArrayList<>();
    final List<String> linksSent = new ArrayList<>();

    @BeforeEach
    void bind() {
        BpmnAwareTests.init(processEngine);
        Mocks.register("buildShortlist", (JavaDelegate) execution -> {
            shortlistsBuilt++;
            execution.setVariable(VAR_SHORTLIST, "7100001,7100002");
        });
        Mocks.register("checkCourseChoice", (TaskListener) task -> {
            if ("CHOSEN".equals(task.getVariable(VAR_COURSE_CHOICE))
                    && !List.of("7100001", "7100002").contains(task.getVariable(VAR_CHOSEN_COURSE))) {
                throw new IllegalArgumentException(
                        "Course " + task.getVariable(VAR_CHOSEN_COURSE) + " is not in the catalogue");
            }
        });
        Mocks.register("enrolInCourse", (JavaDelegate) execution -> {
            if (platformDown) {
                throw new PlatformUnavailable("Learning platform answered HTTP 503");
            }
            execution.setVariable(CaseVariables.ENROLLED_COURSE, execution.getVariable(VAR_CHOSEN_COURSE));
        });
        Mocks.register("sendCourseChoiceLink", (JavaDelegate) execution -> {
            linksSent.add(execution.getBusinessKey() + " " + execution.getVariable(VAR_LINK_VALIDITY));
            execution.setVariable(
                    VAR_LINK_EXPIRES_AT,
                    java.util.Date.from(ClockUtil.getCurrentTime().toInstant().plus(java.time.Duration.ofDays(7))));
        });
        Mocks.register("remindToChooseCourse", (JavaDelegate) execution -> reminders.add(execution.getBusinessKey()));
        Mocks.register("announceCourseEnrolment", (JavaDelegate) execution ->
                announced.add(execution.getBusinessKey() + " " + execution.getVariable(CaseVariables.ENROLLED_COURSE)));
    }

    @AfterEach
    void unbind() {
        ProcessTestOwners.reset(processEngine);
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private ProcessInstance enrolled() {
        runtimeService()
                .createMessageCorrelation(MESSAGE_JOBSEEKER_ENROLLED)
                .processInstanceBusinessKey("DE-2026-000007")
                .setVariables(Map.of(
                        CaseVariables.JOBSEEKER_ID,
                        "DE-2026-000007",
                        CaseVariables.AGENCY,
                        "luxembourg",
                        CaseVariables.ROUTE,
                        "GUIDED_START",
                        CaseVariables.WEEKLY_HOURS_ANSWER,
                        1))
                .correlateStartMessage();
        return runtimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(KEY)
                .processInstanceBusinessKey("DE-2026-000007")
                .singleResult();
    }

    @Test
    void shouldEnrolTheChosenCourseAndHandOverToFollowUp() {
        ProcessInstance pi = enrolled();
        assertThat(pi)
                .hasPassed(TASK_BUILD_SHORTLIST)
                .isWaitingAt(TASK_CHOOSE_COURSE)
                .task()
                .hasCandidateGroup("agency-luxembourg");
        assertThat(pi).variables().containsEntry(VAR_SHORTLIST, "7100001,7100002");

        complete(task(pi), withVariables(VAR_COURSE_CHOICE, CHOICE_CHOSEN, VAR_CHOSEN_COURSE, "7100002"));
        execute(job(pi));

        assertThat(pi).isEnded().hasPassed(TASK_ENROL, END_ENROLLED).hasNotPassed(TASK_REMIND);
        assertThat(announced).containsExactly("DE-2026-000007 7100002");
    }

    @Test
    void shouldRefuseACourseOutsideTheCatalogueAndKeepTheTaskOpen() {
        ProcessInstance pi = enrolled();
        String taskId = task(pi).getId();

        assertThatThrownBy(() -> taskService()
                        .complete(taskId, Map.of(VAR_COURSE_CHOICE, CHOICE_CHOSEN, VAR_CHOSEN_COURSE, "9999999")))
                .hasMessageContaining("not in the catalogue");

        assertThat(pi).isWaitingAt(TASK_CHOOSE_COURSE);
    }

    @Test
    void shouldBuildANewShortlistWhenTheCounsellorAsks() {
        ProcessInstance pi = enrolled();

        complete(task(pi), withVariables(VAR_COURSE_CHOICE, CHOICE_RESTART));

        assertThat(pi).isWaitingAt(TASK_CHOOSE_COURSE);
        assertThat(shortlistsBuilt).isEqualTo(2);
    }

    @Test
    void shouldRemindTheJobseekerAfterFourteenDaysAndKeepWaitingForTheChoice() {
        ProcessInstance pi = enrolled();

        execute(managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(TIMER_NO_CHOICE)
                .singleResult());

        assertThat(pi).hasPassed(TASK_REMIND, END_REMINDED).isWaitingAt(TASK_CHOOSE_COURSE);
        assertThat(reminders).containsExactly("DE-2026-000007");
    }

    @Test
    void shouldRaiseAnIncidentWhenThePlatformIsDownAndEnrolOnRetry() {
        ProcessInstance pi = enrolled();
        complete(task(pi), withVariables(VAR_COURSE_CHOICE, CHOICE_CHOSEN, VAR_CHOSEN_COURSE, "7100001"));
        platformDown = true;
        String jobId = job(pi).getId();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> managementService().executeJob(jobId)).isInstanceOf(PlatformUnavailable.class);
        }
        assertThat(runtimeService()
                        .createIncidentQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .isOne();

        platformDown = false;
        managementService().setJobRetries(jobId, 1);
        managementService().executeJob(jobId);

        assertThat(pi).isEnded().hasPassed(END_ENROLLED);
    }

    @Test
    void shouldSendALinkAndEnrolTheCourseTheJobseekerChoosesOnline() {
        ProcessInstance pi = enrolled();

        complete(task(pi), withVariables(VAR_COURSE_CHOICE, CHOICE_ONLINE));

        assertThat(pi).hasPassed(TASK_SEND_CHOICE_LINK).isWaitingAt(GATEWAY_AWAIT_JOBSEEKER_CHOICE);
        assertThat(linksSent).containsExactly("DE-2026-000007 P7D");

        runtimeService()
                .createMessageCorrelation(MESSAGE_CHOSEN_BY_JOBSEEKER)
                .processInstanceId(pi.getId())
                .setVariables(Map.of(
                        VAR_COURSE_CHOICE,
                        CHOICE_CHOSEN,
                        VAR_CHOSEN_COURSE,
                        "7100001",
                        VAR_CHOICE_SOURCE,
                        CHOSEN_BY_JOBSEEKER))
                .correlate();
        execute(job(pi));

        assertThat(pi)
                .isEnded()
                .hasPassed(GATEWAY_AWAIT_JOBSEEKER_CHOICE, EVENT_CHOSEN_BY_JOBSEEKER, TASK_ENROL, END_ENROLLED)
                .hasNotPassed(EVENT_CHOICE_LINK_EXPIRED);
        assertThat(announced).containsExactly("DE-2026-000007 7100001");
        assertThat(BpmnAwareTests.historyService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId())
                        .variableName(VAR_CHOICE_SOURCE)
                        .singleResult()
                        .getValue())
                .isEqualTo(CHOSEN_BY_JOBSEEKER);
    }

    @Test
    void shouldHandTheChoiceBackToTheCounsellorWhenTheLinkExpires() {
        ProcessInstance pi = enrolled();
        complete(task(pi), withVariables(VAR_COURSE_CHOICE, CHOICE_ONLINE));
        var timer = managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(EVENT_CHOICE_LINK_EXPIRED)
                .singleResult();
        assertThat(timer.getDuedate()).isEqualTo(runtimeService().getVariable(pi.getId(), VAR_LINK_EXPIRES_AT));

        execute(timer);

        assertThat(pi)
                .hasPassed(EVENT_CHOICE_LINK_EXPIRED)
                .hasNotPassed(EVENT_CHOSEN_BY_JOBSEEKER, TASK_ENROL)
                .isWaitingAt(TASK_CHOOSE_COURSE)
                .task()
                .hasCandidateGroup("agency-luxembourg");
        // the counsellor's screen reads the last decision, still "online", as "the jobseeker's link expired"
        assertThat(pi).variables().containsEntry(VAR_COURSE_CHOICE, CHOICE_ONLINE);
        assertThat(runtimeService()
                        .createEventSubscriptionQuery()
                        .processInstanceId(pi.getId())
                        .eventName(MESSAGE_CHOSEN_BY_JOBSEEKER)
                        .count())
                .isZero();

        complete(task(pi), withVariables(VAR_COURSE_CHOICE, CHOICE_CHOSEN, VAR_CHOSEN_COURSE, "7100002"));
        execute(job(pi));
        assertThat(pi).isEnded().hasPassed(END_ENROLLED);
    }

    // Who gets each task (ownership.AssignmentRule): referent → previous completer → the agency's group

    @Test
    void shouldGiveTheCourseChoiceToTheReferentCounsellor() {
        ProcessTestOwners.referent(
                "DE-2026-000007", ProcessTestOwners.counsellor(processEngine, "claire", Agency.LUXEMBOURG));
        assertThat(enrolled()).isWaitingAt(TASK_CHOOSE_COURSE).task().isAssignedTo("claire");
    }

    @Test
    void shouldHandAnExpiredOnlineChoiceBackToTheCounsellorWhoSentTheLink() {
        ProcessTestOwners.counsellor(processEngine, "marc", Agency.LUXEMBOURG);
        ProcessInstance pi = enrolled();
        assertThat(pi).task().isNotAssigned();
        processEngine.getIdentityService().setAuthenticatedUserId("marc");
        complete(task(pi), withVariables(VAR_COURSE_CHOICE, CHOICE_ONLINE));
        processEngine.getIdentityService().clearAuthentication();

        // the timer's job runs later, without a user: the history says who completed the previous task
        execute(managementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .activityId(EVENT_CHOICE_LINK_EXPIRED)
                .singleResult());

        assertThat(pi).isWaitingAt(TASK_CHOOSE_COURSE).task().isAssignedTo("marc");
    }

    @Test
    void shouldLeaveTheCourseChoiceWithTheAgencyWhenTheReferentWorksElsewhere() {
        ProcessTestOwners.referent(
                "DE-2026-000007", ProcessTestOwners.counsellor(processEngine, "eschref", Agency.ESCH_SUR_ALZETTE));
        assertThat(enrolled()).task().isNotAssigned().hasCandidateGroup("agency-luxembourg");
    }
}
