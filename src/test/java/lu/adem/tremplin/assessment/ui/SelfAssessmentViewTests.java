package lu.adem.tremplin.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/** The jobseeker's public self-assessment page, opened anonymously from the link in the outbox. */
class SelfAssessmentViewTests extends KaribuViewTest {

    private static final Pattern LINK = Pattern.compile("/self-assessment/([A-Za-z0-9_-]{43})");
    private String number;
    private String instance;

    /**
     * A new jobseeker of Differdange who chose the self-assessment: the case waits, the link sits in the
     * outbox.
     */
    private String linkSentTo(Language language) {
        number = data.register(new Jobseeker(
                        null,
                        TestData.registrationNumber(),
                        "Léa",
                        "Muller",
                        Agency.DIFFERDANGE,
                        null,
                        EnumSet.of(language),
                        "lea.muller@example.lu",
                        null,
                        null,
                        null))
                .registrationNumber();
        instance = context.getBean(RuntimeService.class)
                .startProcessInstanceByKey(
                        DigitalReadinessProcess.KEY,
                        number,
                        Map.of(
                                "jobseekerId",
                                number,
                                "agency",
                                "differdange",
                                DigitalReadinessProcess.VAR_ASSESSMENT_MODE,
                                DigitalReadinessProcess.MODE_SELF))
                .getId();
        var message = context.getBean(Outbox.class).messagesFor(number).get(0);
        assertThat(message.kind()).isEqualTo(MessageKind.SELF_ASSESSMENT_LINK);
        var matcher = LINK.matcher(message.body());
        assertThat(matcher.find()).as(message.body()).isTrue();
        return matcher.group(1);
    }

    private SelfAssessmentView open(String token) {
        UI.getCurrent().navigate(DigitalReadinessProcess.SELF_ASSESSMENT_PATH + "/" + token);
        return _get(SelfAssessmentView.class);
    }

    private static void answerAll(SelfAssessmentView view) {
        view.questions.forEach((id, question) -> question.setValue(id.equals("m1") ? 4 : id.equals("a1") ? 3 : 2));
    }

    private String waitingAt() {
        return context.getBean(RuntimeService.class)
                .getActiveActivityIds(instance)
                .toString();
    }

    @BeforeEach
    void anonymous() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void shouldHandTheAnswersToTheWaitingAssessmentInTheJobseekersLanguage() {
        SelfAssessmentView view = open(linkSentTo(Language.DE));
        assertThat(_get(H1.class).getText()).isEqualTo("Ihr Fragebogen zu digitalen Kenntnissen");
        assertThat(view.questions).hasSize(12);
        assertThat(view.questionText("a1")).isEqualTo("Haben Sie zu Hause ein Gerät, das Sie benutzen können?");
        assertThat(view.questions.get("a1").getAriaLabelledBy()).contains("question-a1-label");

        answerAll(view);
        view.canTravel.setValue(true);
        view.send.click();

        assertThat(_get(H1.class).getText()).isEqualTo("Vielen Dank!");
        assertThat(waitingAt()).contains(DigitalReadinessProcess.TASK_VALIDATE_ROUTE);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        assertThat(runtime.getVariable(instance, DigitalReadinessProcess.VAR_ANSWERED_BY))
                .isEqualTo(DigitalReadinessProcess.ANSWERED_BY_JOBSEEKER);
        assertThat(runtime.getVariable(instance, "x2")).isEqualTo(true);
        assertThat(runtime.getVariable(instance, DigitalReadinessProcess.VAR_SKILLS_SCORE))
                .isEqualTo(10);
    }

    @Test
    void shouldMarkMissingAnswersAndKeepTheGivenOnes() {
        SelfAssessmentView view = open(linkSentTo(Language.FR));
        answerAll(view);
        view.questions.get("s4").clear();
        view.questions.get("m1").clear();

        view.send.click();

        assertThat(view.summary.getText())
                .isEqualTo("2 questions n’ont pas encore de réponse : elles sont signalées ci-dessous.");
        assertThat(view.questions.get("s4").isInvalid()).isTrue();
        assertThat(view.questions.get("s4").getErrorMessage()).isEqualTo("Choisissez une réponse");
        assertThat(view.questions.get("a1").getValue()).isEqualTo(3);
        assertThat(view.send.isEnabled()).isTrue();
        assertThat(waitingAt()).contains(DigitalReadinessProcess.GATEWAY_AWAIT_ANSWERS);
    }

    @Test
    void shouldSayWhenTheLinkWasAlreadyUsed() {
        String token = linkSentTo(Language.EN);
        SelfAssessmentView view = open(token);
        answerAll(view);
        view.send.click();

        open(token);

        assertThat(_get(H1.class).getText()).isEqualTo("Your answers were already sent");
    }

    @Test
    void shouldSayWhenTheLinkHasExpired() {
        String token = linkSentTo(Language.EN);
        context.getBean(JdbcClient.class)
                .sql("update self_assessment_link set expires_at = :past where jobseeker_id = :number")
                .param("past", java.time.LocalDateTime.now().minusMinutes(1))
                .param("number", number)
                .update();

        open(token);

        assertThat(_get(H1.class).getText()).isEqualTo("This link is no longer valid");
    }

    @Test
    void shouldSayTheLinkIsNoLongerValidOnceTheCaseStoppedWaiting() {
        String token = linkSentTo(Language.EN);
        SelfAssessmentView view = open(token);
        answerAll(view);
        context.getBean(RuntimeService.class).deleteProcessInstance(instance, "test: the counsellor ran the interview");

        view.send.click();

        assertThat(_get(H1.class).getText()).isEqualTo("This link is no longer valid");
    }

    @Test
    void shouldSayWhenTheLinkIsUnknownInTheBrowsersLanguage() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.FRANCE);
        open("not-a-token-at-all");

        assertThat(_get(H1.class).getText()).isEqualTo("Ce lien n’est pas valable");
    }

    @Test
    void shouldOfferThePageInAnotherLanguage() {
        String token = linkSentTo(Language.FR);
        UI.getCurrent()
                .navigate(
                        DigitalReadinessProcess.SELF_ASSESSMENT_PATH + "/" + token,
                        com.vaadin.flow.router.QueryParameters.of("lang", "en"));

        assertThat(_get(H1.class).getText()).isEqualTo("Your digital skills questionnaire");
    }
}
