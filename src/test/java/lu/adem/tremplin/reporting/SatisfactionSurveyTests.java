package lu.adem.tremplin.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.outbox.OutboxMessage;
import lu.adem.tremplin.reporting.SatisfactionSurvey.LinkState;
import lu.adem.tremplin.reporting.SurveyAnswers.Helped;
import lu.adem.tremplin.reporting.SurveyAnswers.Missing;
import lu.adem.tremplin.reporting.SurveyLinks.Occasion;
import lu.adem.tremplin.reporting.SurveyLinks.OccasionKind;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * The satisfaction survey: its occasions (a course completed or abandoned at the review, month 3 of
 * participation; not a job found, not the pilot's end, nothing too old), once per occasion also when a second
 * node asks at the same time, and the link's life cycle (valid, used, expired, unknown).
 */
public class SatisfactionSurveyTests extends KaribuViewTest {

    private static final Pattern LINK = Pattern.compile("/survey/([A-Za-z0-9_-]{43})");

    JdbcClient jdbc;
    SurveyOccasions occasions;
    SatisfactionSurvey survey;
    Instant now;

    @BeforeEach
    void beans() {
        jdbc = context.getBean(JdbcClient.class);
        occasions = context.getBean(SurveyOccasions.class);
        survey = context.getBean(SatisfactionSurvey.class);
        now = context.getBean(java.time.Clock.class).instant();
    }

    /** A registered jobseeker with an email address (null: none), speaking the language. */
    public static String jobseeker(TestData data, String email, Language language) {
        Jobseeker template = TestData.newJobseeker(Agency.WILTZ);
        return data.register(new Jobseeker(
                        null,
                        template.registrationNumber(),
                        template.firstName(),
                        template.lastName(),
                        Agency.WILTZ,
                        null,
                        EnumSet.of(language),
                        email,
                        null,
                        null,
                        null))
                .registrationNumber();
    }

    /** A course of the jobseeker, completed (or abandoned, or neither) that long ago. */
    public static void course(JdbcClient jdbc, String caseId, String number, Instant completed, Instant abandoned) {
        jdbc.sql(
                        "insert into pilot_course (case_id, registration_number, agency, route, course_id, started_at,"
                                + " completed_at, abandoned_at, ended_at) values (?, ?, 'wiltz', 'AUTONOMOUS', 'none', ?, ?, ?, ?)")
                .params(
                        caseId,
                        number,
                        Timestamp.from(Instant.EPOCH),
                        completed == null ? null : Timestamp.from(completed),
                        abandoned == null ? null : Timestamp.from(abandoned),
                        abandoned == null ? null : Timestamp.from(abandoned))
                .update();
    }

    /** Sends the surveys due for these jobseekers only (others' occasions are other tests' business). */
    public static List<Occasion> sendFor(SurveyOccasions occasions, String... numbers) {
        Set<String> theirs = Set.of(numbers);
        List<Occasion> due = occasions.due().stream()
                .filter(o -> theirs.contains(o.registrationNumber()))
                .toList();
        occasions.send(due);
        return due;
    }

    /** The token of the jobseeker's latest survey message. */
    public static String token(Outbox outbox, String number) {
        OutboxMessage message = outbox.messagesFor(number).stream()
                .filter(m -> m.kind() == MessageKind.SATISFACTION_SURVEY)
                .findFirst()
                .orElseThrow();
        Matcher link = LINK.matcher(message.body());
        assertThat(link.find()).as(message.body()).isTrue();
        return link.group(1);
    }

    @Test
    void shouldAskAfterACourseCompletedOrAbandonedAndNeverAfterAJobThePilotsEndOrLongAgo() {
        String number = jobseeker(data, "a@example.org", Language.FR);
        String id = TestData.uniqueId();
        course(jdbc, "S-" + id + "-done", number, now.minus(Duration.ofDays(1)), null);
        course(jdbc, "S-" + id + "-left", number, null, now.minus(Duration.ofDays(2)));
        course(jdbc, "S-" + id + "-old", number, now.minus(Duration.ofDays(30)), null);
        course(jdbc, "S-" + id + "-job", number, null, null);
        jdbc.sql("update pilot_course set job_found_at = ?, ended_at = ? where case_id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), "S-" + id + "-job")
                .update();

        List<Occasion> due = sendFor(occasions, number);

        assertThat(due)
                .extracting(Occasion::key, Occasion::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("course:S-" + id + "-done", OccasionKind.COURSE_COMPLETED),
                        org.assertj.core.groups.Tuple.tuple("course:S-" + id + "-left", OccasionKind.COURSE_ABANDONED));
        List<OutboxMessage> messages = context.getBean(Outbox.class).messagesFor(number);
        assertThat(messages)
                .extracting(OutboxMessage::kind)
                .containsOnly(MessageKind.SATISFACTION_SURVEY)
                .hasSize(2);
        assertThat(messages.get(0).language()).isEqualTo("fr");
        assertThat(messages.get(0).body()).contains("http://localhost:8080/survey/");
        assertThat(jdbc.sql("select distinct agency || '/' || route || '/' || course_type from satisfaction_survey"
                                + " where registration_number = ?")
                        .param(number)
                        .query(String.class)
                        .list())
                .as("the answer's groups are kept with the link")
                .containsExactly("wiltz/AUTONOMOUS/unknown");
    }

    @Test
    void shouldAskOnceAtMonthThreeOfParticipationFromTheFirstInvitation() {
        String due = jobseeker(data, "b@example.org", Language.DE);
        String notYet = jobseeker(data, "c@example.org", Language.FR);
        String tooOld = jobseeker(data, "d@example.org", Language.FR);
        ZonedDateTime today = now.atZone(PilotReview.LUXEMBOURG);
        journey(due, today.minusMonths(3).minusDays(1));
        journey(due, today.minusMonths(1));
        journey(notYet, today.minusMonths(3).plusDays(1));
        journey(tooOld, today.minusMonths(3).minusDays(20));

        List<Occasion> asked = sendFor(occasions, due, notYet, tooOld);

        assertThat(asked).singleElement().satisfies(occasion -> {
            assertThat(occasion.key()).isEqualTo("month-3:" + due);
            assertThat(occasion.kind()).isEqualTo(OccasionKind.MONTH_3);
            assertThat(occasion.courseType()).as("no course started").isEqualTo(EmploymentAtSixMonths.NO_COURSE);
        });
        assertThat(context.getBean(Outbox.class).messagesFor(due))
                .singleElement()
                .satisfies(m -> assertThat(m.language()).isEqualTo("de"));
        assertThat(sendFor(occasions, due)).as("still in the window, but asked").hasSize(1);
        assertThat(context.getBean(Outbox.class).messagesFor(due))
                .as("once per occasion")
                .hasSize(1);
    }

    @Test
    void shouldAskOncePerOccasionAlsoWhenASecondNodeIsAsking() {
        String number = jobseeker(data, "e@example.org", Language.FR);
        course(jdbc, "S-" + TestData.uniqueId(), number, now.minus(Duration.ofHours(3)), null);

        List<Occasion> due = sendFor(occasions, number);
        sendFor(occasions, number);

        assertThat(context.getBean(Outbox.class).messagesFor(number)).hasSize(1);
        assertThat(occasions.send(due))
                .as("the round on another node finds it asked")
                .isZero();
        SurveyLinks links = context.getBean(SurveyLinks.class);
        assertThatThrownBy(() -> links.create(
                        due.get(0),
                        "fr",
                        LocalDateTime.now(context.getBean(java.time.Clock.class))
                                .plusDays(1)))
                .as("the unique occasion refuses a second survey even past the check")
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void shouldRecordTheOccasionWithoutAMessageForAJobseekerWithoutAnEmailAddress() {
        String number = jobseeker(data, null, Language.FR);
        course(jdbc, "S-" + TestData.uniqueId(), number, now.minus(Duration.ofHours(3)), null);

        sendFor(occasions, number);

        assertThat(context.getBean(Outbox.class).messagesFor(number)).isEmpty();
        assertThat(sendFor(occasions, number)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from satisfaction_survey where registration_number = ?")
                        .param(number)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void shouldOpenAValidLinkTakeTheAnswersOnceAndRefuseUsedExpiredAndUnknownLinks() {
        String number = jobseeker(data, "f@example.org", Language.DE);
        String first = "S-" + TestData.uniqueId();
        course(jdbc, first, number, now.minus(Duration.ofHours(3)), null);
        sendFor(occasions, number);
        String token = token(context.getBean(Outbox.class), number);
        SurveyAnswers answers = new SurveyAnswers(4, true, Set.of(Helped.OWN_PACE), Set.of(Missing.TIME), " Merci ");

        assertThat(survey.open(token)).isEqualTo(new SatisfactionSurvey.LinkView(LinkState.OPEN, Locale.GERMAN));
        assertThatThrownBy(() -> survey.submit(token, new SurveyAnswers(null, true, null, null, null)))
                .isInstanceOf(SurveyAnswers.Incomplete.class);
        assertThatThrownBy(() -> survey.submit(token, new SurveyAnswers(3, true, null, null, "x".repeat(1001))))
                .isInstanceOf(SurveyAnswers.Incomplete.class);
        assertThat(survey.open(token).state())
                .as("a refused answer changes nothing")
                .isEqualTo(LinkState.OPEN);
        assertThat(survey.submit(token, answers)).isEqualTo(LinkState.OPEN);
        assertThat(survey.open(token).state()).isEqualTo(LinkState.USED);
        assertThat(survey.submit(token, new SurveyAnswers(1, false, null, null, null)))
                .isEqualTo(LinkState.USED);
        assertThat(jdbc.sql(
                                "select satisfaction, would_recommend, helped, missing, answer_comment from satisfaction_survey"
                                        + " where occasion = ?")
                        .param("course:" + first)
                        .query()
                        .singleRow())
                .as("the first answers are kept")
                .containsValues(4, true, "OWN_PACE", "TIME", "Merci");

        course(jdbc, "S-" + TestData.uniqueId(), number, now.minus(Duration.ofHours(2)), null);
        sendFor(occasions, number);
        String expiring = token(context.getBean(Outbox.class), number);
        assertThat(expiring).isNotEqualTo(token);
        jdbc.sql("update satisfaction_survey set expires_at = ? where token_hash = ?")
                .params(
                        LocalDateTime.now(context.getBean(java.time.Clock.class))
                                .minusMinutes(1),
                        SurveyLinks.hash(expiring))
                .update();
        assertThat(survey.open(expiring).state()).isEqualTo(LinkState.EXPIRED);
        assertThat(survey.submit(expiring, answers)).isEqualTo(LinkState.EXPIRED);

        assertThat(survey.open("no-such-token")).isEqualTo(new SatisfactionSurvey.LinkView(LinkState.UNKNOWN, null));
        assertThat(survey.submit("no-such-token", answers)).isEqualTo(LinkState.UNKNOWN);
        assertThat(jdbc.sql("select count(*) from satisfaction_survey where token_hash = ?")
                        .param(token)
                        .query(Integer.class)
                        .single())
                .as("the token itself is never stored")
                .isZero();
    }

    @Test
    void shouldRecordAbandonmentAtTheReviewButNotTheEndOfThePilotFromTheEnginesHistory() {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        String withdrawn = followUpEndingAt(runtime, FollowUpProcess.END_WITHDRAWN);
        String switched = followUpEndingAt(runtime, FollowUpProcess.END_GUIDED_START);
        String pilotEnded = followUpEndingAt(runtime, FollowUpProcess.END_PILOT);

        assertThat(abandonedAt(withdrawn)).isNotNull();
        assertThat(abandonedAt(switched)).isNotNull();
        assertThat(abandonedAt(pilotEnded)).isNull();
    }

    private String followUpEndingAt(RuntimeService runtime, String end) {
        String number = TestData.registrationNumber();
        return runtime.createProcessInstanceByKey(FollowUpProcess.KEY)
                .businessKey(number)
                .setVariables(Map.of(
                        CaseVariables.JOBSEEKER_ID,
                        number,
                        CaseVariables.AGENCY,
                        "wiltz",
                        CaseVariables.ROUTE,
                        "AUTONOMOUS",
                        CaseVariables.ENROLLED_COURSE,
                        "S-C-" + TestData.uniqueId(),
                        FollowUpProcess.VAR_PILOT_ENDS_AT,
                        java.util.Date.from(now.plus(Duration.ofDays(200)))))
                .startBeforeActivity(end)
                .execute()
                .getId();
    }

    private Timestamp abandonedAt(String caseId) {
        return jdbc.sql("select abandoned_at from pilot_course where case_id = ?")
                .param(caseId)
                .query((rs, row) -> rs.getTimestamp(1))
                .list()
                .get(0);
    }

    private void journey(String number, ZonedDateTime invited) {
        jdbc.sql(
                        "insert into pilot_journey (case_id, registration_number, agency, route, invited_at) values (?, ?, ?, ?, ?)")
                .params(
                        "S-J-" + TestData.uniqueId(),
                        number,
                        "wiltz",
                        "GUIDED_START",
                        Timestamp.from(invited.toInstant()))
                .update();
    }
}
