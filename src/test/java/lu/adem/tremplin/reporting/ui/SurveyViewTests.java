package lu.adem.tremplin.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H1;

import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.reporting.SatisfactionSurvey;
import lu.adem.tremplin.reporting.SatisfactionSurveyTests;
import lu.adem.tremplin.reporting.SurveyAnswers.Helped;
import lu.adem.tremplin.reporting.SurveyAnswers.Missing;
import lu.adem.tremplin.reporting.SurveyOccasions;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * The public survey page in the jobseeker's language, without signing in: each question a fieldset with its
 * legend, nothing lost on a validation error, thanks after sending; used, expired and unknown links.
 */
class SurveyViewTests extends KaribuViewTest {

    private String tokenFor(Language language) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Instant now = context.getBean(java.time.Clock.class).instant();
        String number = SatisfactionSurveyTests.jobseeker(data, "v@example.org", language);
        SatisfactionSurveyTests.course(jdbc, "S-" + TestData.uniqueId(), number, now.minus(Duration.ofHours(1)), null);
        SatisfactionSurveyTests.sendFor(context.getBean(SurveyOccasions.class), number);
        return SatisfactionSurveyTests.token(context.getBean(Outbox.class), number);
    }

    private SurveyView open(String token) {
        UI.getCurrent().navigate(SatisfactionSurvey.PATH + "/" + token);
        return _get(SurveyView.class);
    }

    @ParameterizedTest
    @CsvSource({
        "FR, Votre avis sur les cours en ligne, 'Dans l’ensemble, êtes-vous satisfait(e) des cours en ligne ?', 2 questions nécessaires, Merci !",
        "EN, Your opinion of the online courses, 'Overall, how satisfied are you with the online courses?', 2 questions needed, Thank you!",
        "DE, Ihre Meinung zu den Online-Kursen, Wie zufrieden sind Sie insgesamt mit den Online-Kursen?, 2 nötige Fragen, Vielen Dank!"
    })
    void shouldAskInTheJobseekersLanguageKeepTheAnswersOnAnErrorAndThank(
            Language language, String title, String firstQuestion, String missing, String thanks) {
        SurveyView view = open(tokenFor(language));

        assertThat(_get(H1.class).getText()).isEqualTo(title);
        java.util.List<FieldSet> questions = com.github.mvysny.kaributesting.v10.LocatorJ._find(view, FieldSet.class);
        assertThat(questions).as("satisfaction, recommend, helped, missing").hasSize(4);
        FieldSet first = questions.get(0);
        assertThat(first.getLegend().getText()).isEqualTo(firstQuestion);
        assertThat(view.satisfaction.getElement().getAttribute("aria-labelledby"))
                .isEqualTo(first.getLegend().getId().orElseThrow());
        assertThat(view.comment.getMaxLength()).isEqualTo(1000);

        view.helped.setValue(Set.of(Helped.OWN_PACE));
        view.missing.setValue(Set.of(Missing.TIME));
        view.comment.setValue("Bien");
        view.submit();

        assertThat(view.summary.getText()).contains(missing);
        assertThat(view.satisfaction.isInvalid()).isTrue();
        assertThat(view.helped.getValue()).as("nothing lost").containsExactly(Helped.OWN_PACE);
        assertThat(view.comment.getValue()).isEqualTo("Bien");

        view.satisfaction.setValue(4);
        view.recommend.setValue(true);
        view.submit();

        assertThat(_get(H1.class).getText()).isEqualTo(thanks);
    }

    @Test
    void shouldSayAlreadySentForAUsedLinkAndInvalidOrExpiredForAnExpiredOrUnknownOne() {
        String token = tokenFor(Language.EN);
        SurveyView view = open(token);
        view.satisfaction.setValue(5);
        view.recommend.setValue(false);
        view.submit();

        open(token);
        assertThat(_get(H1.class).getText()).isEqualTo("Your answers were already sent");

        String expired = tokenFor(Language.EN);
        context.getBean(JdbcClient.class)
                .sql("update satisfaction_survey set expires_at = ? where token_hash = ?")
                .params(java.time.LocalDateTime.of(2021, 1, 1, 0, 0), sha256(expired))
                .update();
        open(expired);
        assertThat(_get(H1.class).getText()).isEqualTo("This link is invalid or has expired");

        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.FRANCE);
        open("unknown-token");
        assertThat(_get(H1.class).getText()).isEqualTo("Ce lien n’est pas valide ou a expiré");
    }

    private static String sha256(String token) throws RuntimeException {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Test
    void shouldAnswerAnUnknownLinkInTheBrowsersLanguage() {
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.GERMANY);

        open("no-such-token");

        assertThat(_get(H1.class).getText()).isEqualTo("Dieser Link ist ungültig oder abgelaufen");
    }
}
