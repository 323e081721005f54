package lu.adem.tremplin.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

import lu.adem.tremplin.catalogue.Course;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/** The course choice: shortlist with reasons, search of the whole catalogue, choice → enrolment. */
class ChooseCourseViewTests extends KaribuViewTest {

    private String number;
    private String counsellor;

    /** A new enrolled secretary of Differdange whose course choice waits, and a new counsellor there. */
    private String choiceTask() {
        number = data.courseChoice(new Jobseeker(
                null,
                TestData.registrationNumber(),
                "Sofia",
                "Rossi",
                Agency.DIFFERDANGE,
                null,
                EnumSet.of(Language.FR),
                "sofia.rossi@example.lu",
                null,
                "M1607",
                null));
        counsellor = data.counsellor(Agency.DIFFERDANGE);
        return data.openTask(number);
    }

    private ChooseCourseView open(String taskId) {
        UI.getCurrent().navigate(ChooseCourseView.PATH + "/" + taskId);
        return _get(ChooseCourseView.class);
    }

    @Test
    void shouldShowTheShortlistWithReasonsAndEnrolAnyChosenCourse() {
        String task = choiceTask();
        signIn(counsellor);

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
        String instance = context.getBean(RuntimeService.class)
                .createProcessInstanceQuery()
                .processDefinitionKey(CourseRecommendationProcess.KEY)
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
        var enrolment = management.createJobQuery().processInstanceId(instance).singleResult();
        management.executeJob(enrolment.getId());
        var history = context.getBean(HistoryService.class);
        assertThat(history.createHistoricActivityInstanceQuery()
                        .activityId(CourseRecommendationProcess.END_ENROLLED)
                        .processInstanceId(enrolment.getProcessInstanceId())
                        .count())
                .isOne();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(enrolment.getProcessInstanceId())
                        .variableName(CaseVariables.ENROLLED_COURSE)
                        .singleResult()
                        .getValue())
                .isEqualTo(anyCourse.platformId());
    }

    @Test
    void shouldBuildANewShortlistOnRequest() {
        String task = choiceTask();
        signIn(counsellor);

        open(task).newShortlist.click();

        var tasks = context.getBean(TaskService.class)
                .createTaskQuery()
                .processInstanceBusinessKey(number)
                .listPage(0, 10);
        assertThat(tasks)
                .singleElement()
                .satisfies(again -> assertThat(again.getId()).isNotEqualTo(task));
    }

    @Test
    void shouldNotOpenAnotherAgencysChoice() {
        String task = choiceTask();
        signIn(data.counsellor(Agency.ESCH_SUR_ALZETTE));

        open(task);

        assertThat(_get(H2.class).getText()).isEqualTo("This task is not open for you");
    }

    @Test
    void shouldLetTheJobseekerChooseOnlineAndSayWhenTheLinkExpired() {
        String task = choiceTask();
        signIn(counsellor);
        ChooseCourseView view = open(task);
        assertThat(view.chooseOnline.isEnabled()).isTrue();

        view.chooseOnline.click();

        identityService.clearAuthentication();
        var outbox = context.getBean(lu.adem.tremplin.outbox.Outbox.class);
        assertThat(outbox.messagesFor(number))
                .anySatisfy(message ->
                        assertThat(message.kind()).isEqualTo(lu.adem.tremplin.outbox.MessageKind.COURSE_CHOICE_LINK));
        var management = context.getBean(ManagementService.class);
        String instance = context.getBean(RuntimeService.class)
                .createProcessInstanceQuery()
                .processDefinitionKey(CourseRecommendationProcess.KEY)
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(CourseRecommendationProcess.EVENT_CHOICE_LINK_EXPIRED)
                .singleResult()
                .getId());

        signIn(counsellor);
        open(data.openTask(number));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("choose-link-expired"))
                        .getText())
                .isEqualTo(
                        "The jobseeker’s link expired without a choice: choose with the jobseeker, or send a new link.");
    }

    @Test
    void shouldNotOfferTheOnlineChoiceWithoutAnEmailAddress() {
        number = data.courseChoice(new Jobseeker(
                null,
                TestData.registrationNumber(),
                "Jonas",
                "Klein",
                Agency.DIFFERDANGE,
                null,
                EnumSet.of(Language.FR),
                null,
                "+352 621 000 000",
                null,
                null));
        counsellor = data.counsellor(Agency.DIFFERDANGE);
        signIn(counsellor);

        ChooseCourseView view = open(data.openTask(number));

        assertThat(view.chooseOnline.isEnabled()).isFalse();
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("choose-online-help"))
                        .getText())
                .startsWith("The jobseeker has no email address");
        String task = data.openTask(number);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.asTremplin(() -> {
                    context.getBean(TaskService.class)
                            .complete(
                                    task,
                                    java.util.Map.of(
                                            CourseRecommendationProcess.VAR_COURSE_CHOICE,
                                            CourseRecommendationProcess.CHOICE_ONLINE));
                    return null;
                }))
                .hasMessageContaining("no email address");
    }
}
