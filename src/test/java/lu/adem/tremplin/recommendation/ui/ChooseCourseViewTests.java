package lu.adem.tremplin.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

import lu.adem.tremplin.catalogue.Course;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.KaribuViewTest;

/** The course choice: shortlist with reasons, search of the whole catalogue, choice → enrolment. */
class ChooseCourseViewTests extends KaribuViewTest {

    private static int next;
    private String number;

    /** An enrolled secretary of Differdange whose course choice waits (no other test chooses there). */
    private String choiceTask() {
        number = "DE-2026-CHOICE" + (next++) + System.nanoTime() % 10_000;
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
        context.getBean(Jobseekers.class).save(new Jobseeker(null, number, "Sofia", "Rossi", Agency.DIFFERDANGE, null,
                EnumSet.of(Language.FR), "sofia.rossi@example.lu", null, "M1607", null));
        SecurityContextHolder.clearContext();
        context.getBean(LearningPlatform.class).invite(new LearningPlatform.Member(number, "sofia.rossi@example.lu", "fr",
                "adem-differdange"));
        context.getBean(RuntimeService.class).createMessageCorrelation(CourseRecommendationProcess.MESSAGE_JOBSEEKER_ENROLLED)
                .processInstanceBusinessKey(number)
                .setVariables(Map.of("jobseekerId", number, "agency", "differdange", "route", "GUIDED_START",
                        "weeklyHoursAnswer", 1))
                .correlateStartMessage();
        account("counsellordifferdange", "counsellor", Agency.DIFFERDANGE.groupId());
        return context.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
    }

    private ChooseCourseView open(String taskId) {
        UI.getCurrent().navigate(ChooseCourseView.PATH + "/" + taskId);
        return _get(ChooseCourseView.class);
    }

    @Test
    void shouldShowTheShortlistWithReasonsAndEnrolAnyChosenCourse() {
        String task = choiceTask();
        signIn("counsellordifferdange");

        ChooseCourseView view = open(task);

        assertThat(_get(H2.class).getText()).isEqualTo("Choose a course with Sofia Rossi");
        var shortlist = view.shortlist.getListDataView().getItems().toList();
        assertThat(shortlist).hasSizeBetween(3, 5).allSatisfy(suggestion -> {
            assertThat(suggestion.course().language()).isEqualTo(Course.CourseLanguage.FR);
            assertThat(suggestion.course().difficulty()).isEqualTo(Course.Difficulty.BEGINNER);
        });
        assertThat(shortlist.get(0).reasons().get(0).values()).contains("M1607");

        view.words.setValue("python");
        var anyCourse = view.search.getGenericDataView().getItems().findFirst().orElseThrow();
        view.chosen(anyCourse);

        identityService.clearAuthentication();
        var management = context.getBean(ManagementService.class);
        String instance = context.getBean(RuntimeService.class).createProcessInstanceQuery()
                .processDefinitionKey(CourseRecommendationProcess.KEY).processInstanceBusinessKey(number).singleResult().getId();
        var enrolment = management.createJobQuery().processInstanceId(instance).singleResult();
        management.executeJob(enrolment.getId());
        var history = context.getBean(HistoryService.class);
        assertThat(history.createHistoricActivityInstanceQuery().activityId(CourseRecommendationProcess.END_ENROLLED)
                .processInstanceId(enrolment.getProcessInstanceId()).count()).isOne();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(enrolment.getProcessInstanceId())
                .variableName(CaseVariables.ENROLLED_COURSE).singleResult().getValue())
                .isEqualTo(anyCourse.platformId());
    }

    @Test
    void shouldBuildANewShortlistOnRequest() {
        String task = choiceTask();
        signIn("counsellordifferdange");

        open(task).newShortlist.click();

        var tasks = context.getBean(TaskService.class).createTaskQuery().processInstanceBusinessKey(number).listPage(0, 10);
        assertThat(tasks).singleElement().satisfies(again -> assertThat(again.getId()).isNotEqualTo(task));
    }

    @Test
    void shouldNotOpenAnotherAgencysChoice() {
        String task = choiceTask();
        signIn("counsellor2");

        open(task);

        assertThat(_get(H2.class).getText()).isEqualTo("This task is not open for you");
    }
}
