package lu.adem.tremplin.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.reporting.SatisfactionSurvey.LinkState;
import lu.adem.tremplin.reporting.SurveyAnswers.Helped;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * The survey's answers are personal data: the subject access file holds them, comment included (never the
 * token's hash); anonymisation (on request or at the end of retention) removes the comment, expires a link still
 * valid and puts the pseudonym in place of the number, keeping what the review's figures count.
 */
class SatisfactionPersonalDataTests extends KaribuViewTest {

    @Test
    void shouldListTheAnswersAndAnonymiseThemWithoutTheComment() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        SurveyOccasions occasions = context.getBean(SurveyOccasions.class);
        Instant now = context.getBean(java.time.Clock.class).instant();
        String number = SatisfactionSurveyTests.jobseeker(data, "p@example.org", Language.EN);
        SatisfactionSurveyTests.course(jdbc, "S-" + TestData.uniqueId(), number, now.minus(Duration.ofHours(5)), null);
        SatisfactionSurveyTests.sendFor(occasions, number);
        String token = SatisfactionSurveyTests.token(context.getBean(Outbox.class), number);
        assertThat(context.getBean(SatisfactionSurvey.class)
                        .submit(
                                token,
                                new SurveyAnswers(
                                        2, false, Set.of(Helped.COURSES), Set.of(), "My neighbour Anna helped")))
                .isEqualTo(LinkState.OPEN);
        SatisfactionSurveyTests.course(jdbc, "S-" + TestData.uniqueId(), number, null, now.minus(Duration.ofHours(1)));
        SatisfactionSurveyTests.sendFor(occasions, number);
        SatisfactionPersonalData personalData = context.getBean(SatisfactionPersonalData.class);

        List<Map<String, Object>> held = personalData.heldAbout(number);

        assertThat(held).hasSize(2);
        assertThat(held.get(0))
                .containsEntry("occasion", "COURSE_COMPLETED")
                .containsEntry("status", "answered")
                .containsEntry("satisfaction", 2)
                .containsEntry("wouldRecommend", false)
                .containsEntry("helped", "COURSES")
                .containsEntry("comment", "My neighbour Anna helped")
                .doesNotContainKeys("tokenHash", "token_hash");
        assertThat(held.get(1)).containsEntry("occasion", "COURSE_ABANDONED").containsEntry("status", "valid");

        String pseudonym = "ANON-" + TestData.uniqueId();
        personalData.anonymise(number, pseudonym);

        assertThat(personalData.heldAbout(number)).isEmpty();
        List<Map<String, Object>> kept = personalData.heldAbout(pseudonym);
        assertThat(kept.get(0))
                .containsEntry("satisfaction", 2)
                .containsEntry("helped", "COURSES")
                .containsEntry("comment", null);
        assertThat(kept.get(1)).as("the link still valid expires").containsEntry("status", "expired");
        assertThat(jdbc.sql("select count(*) from satisfaction_survey where answer_comment like '%Anna%'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
