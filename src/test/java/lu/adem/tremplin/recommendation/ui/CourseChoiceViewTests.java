package lu.adem.tremplin.recommendation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.recommendation.JobseekerCourseChoice;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.KaribuViewTest;

/**
 * The jobseeker's public course choice page, opened anonymously from the link in the outbox: the link's
 * life (valid, used, expired, unknown), the choice in the jobseeker's language, and what the case does.
 */
class CourseChoiceViewTests extends KaribuViewTest {

    private CourseChoiceView open(String path) {
        UI.getCurrent().navigate(path);
        return _get(CourseChoiceView.class);
    }

    private static List<CourseCard> cards(com.vaadin.flow.component.Component list) {
        return list.getChildren().map(CourseCard.class::cast).toList();
    }

    private String variable(String instance, String name) {
        var value = context.getBean(HistoryService.class)
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableName(name)
                .singleResult();
        return value == null ? null : String.valueOf(value.getValue());
    }

    private List<String> waitingAt(String instance) {
        return data.asTremplin(() -> context.getBean(RuntimeService.class).getActiveActivityIds(instance));
    }

    private boolean used(OnlineChoice link) {
        return context.getBean(JdbcClient.class)
                        .sql("select count(*) from course_choice_link where jobseeker_id = ? and used_at is not null")
                        .param(link.number)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @BeforeEach
    void anonymous() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void shouldShowTheShortlistWithReasonsInFrenchAndEnrolTheChosenCourse() {
        OnlineChoice link = OnlineChoice.sent(data, context, Language.FR);
        CourseChoiceView view = open(link.path());

        assertThat(_get(H1.class).getText()).isEqualTo("Choisissez votre cours en ligne");
        List<CourseCard> shortlist = cards(view.shortlist);
        assertThat(shortlist).hasSizeBetween(3, 5);
        assertThat(shortlist.get(0).getElement().getTextRecursively()).contains("Pourquoi : ", "M1607");
        String course = shortlist.get(0).getElement().getAttribute("data-course");

        shortlist.get(0).choose.click();
        assertThat(_get(H1.class).getText()).startsWith("Choisir « ");
        view.confirm.click();

        assertThat(_get(H1.class).getText()).isEqualTo("Merci, votre cours est choisi");
        assertThat(variable(link.instance, CourseRecommendationProcess.VAR_CHOICE_SOURCE))
                .isEqualTo(CourseRecommendationProcess.CHOSEN_BY_JOBSEEKER);
        assertThat(waitingAt(link.instance)).containsExactly(CourseRecommendationProcess.TASK_ENROL);
        var management = context.getBean(ManagementService.class);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(link.instance)
                .singleResult()
                .getId());
        assertThat(variable(link.instance, CaseVariables.ENROLLED_COURSE)).isEqualTo(course);

        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.DIFFERDANGE));
        UI.getCurrent().navigate("jobseeker/" + link.number);
        assertThat(_get(lu.adem.tremplin.inbox.ui.JobseekerFileView.class)
                        .getElement()
                        .getTextRecursively())
                .as("the counsellor's file says who chose")
                .contains("Choisi par: le demandeur d’emploi, en ligne")
                .doesNotContain("!file.value");
    }

    @Test
    void shouldChooseAnyCourseOfTheCatalogueInEnglishAndOnlyOnce() {
        OnlineChoice link = OnlineChoice.sent(data, context, Language.EN);
        CourseChoiceView view = open(link.path());
        assertThat(_get(H1.class).getText()).isEqualTo("Choose your online course");

        view.words.setValue("python");
        view.search.click();
        assertThat(view.found.getText()).contains("courses found");
        CourseCard any = cards(view.results).get(0);
        any.choose.click();
        CourseChoiceView secondTab = open(link.path());
        view.confirm.click();

        assertThat(view.getElement().getTextRecursively()).contains("Thank you, your course is chosen");
        assertThat(variable(link.instance, CourseRecommendationProcess.VAR_CHOSEN_COURSE))
                .isEqualTo(any.getElement().getAttribute("data-course"));
        // a second tab (or a second click that reaches the server) finds the link used: nothing chosen twice
        cards(secondTab.shortlist).get(0).choose.click();
        secondTab.confirm.click();
        assertThat(_get(H1.class).getText()).isEqualTo("Your course was already chosen");
        assertThat(context.getBean(JobseekerCourseChoice.class).choose(link.token, "anything"))
                .isEqualTo(JobseekerCourseChoice.Outcome.ALREADY_CHOSEN);
        assertThat(variable(link.instance, CourseRecommendationProcess.VAR_CHOSEN_COURSE))
                .isEqualTo(any.getElement().getAttribute("data-course"));

        open(link.path());
        assertThat(_get(H1.class).getText()).isEqualTo("Your course was already chosen");
    }

    @Test
    void shouldSayInGermanThatAnExpiredLinkIsInvalidOrExpired() {
        OnlineChoice link = OnlineChoice.sent(data, context, Language.DE);
        context.getBean(JdbcClient.class)
                .sql("update course_choice_link set expires_at = ? where jobseeker_id = ?")
                .params(LocalDateTime.now().minusMinutes(1), link.number)
                .update();

        open(link.path());

        assertThat(_get(H1.class).getText()).isEqualTo("Dieser Link ist ungültig oder abgelaufen");
    }

    @Test
    void shouldSayTheSameOfAnUnknownLinkInTheBrowsersLanguage() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.FRANCE);
        open(CourseRecommendationProcess.CHOICE_PATH + "/not-a-token");

        assertThat(_get(H1.class).getText()).isEqualTo("Ce lien n’est pas valide ou a expiré");
    }

    @Test
    void shouldRecordNothingWhenTheCaseStoppedWaitingWhileTheJobseekerChose() {
        OnlineChoice link = OnlineChoice.sent(data, context, Language.EN);
        CourseChoiceView view = open(link.path());
        cards(view.shortlist).get(0).choose.click();
        var management = context.getBean(ManagementService.class);
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(link.instance)
                .activityId(CourseRecommendationProcess.EVENT_CHOICE_LINK_EXPIRED)
                .singleResult()
                .getId());

        view.confirm.click();

        assertThat(_get(H1.class).getText()).isEqualTo("This link is invalid or has expired");
        assertThat(used(link)).isFalse();
        assertThat(waitingAt(link.instance)).containsExactly(CourseRecommendationProcess.TASK_CHOOSE_COURSE);
    }

    @Test
    void shouldKeepTheLinkWhenTheCourseIsNoLongerOffered() {
        OnlineChoice link = OnlineChoice.sent(data, context, Language.EN);
        open(link.path());

        assertThat(context.getBean(JobseekerCourseChoice.class).choose(link.token, "no-such-course"))
                .isEqualTo(JobseekerCourseChoice.Outcome.NOT_AVAILABLE);
        assertThat(used(link)).isFalse();
    }
}
