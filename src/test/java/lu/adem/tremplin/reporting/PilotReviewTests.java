package lu.adem.tremplin.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.reporting.PilotReview.CourseKind;
import lu.adem.tremplin.reporting.PilotReview.CourseType;
import lu.adem.tremplin.reporting.PilotReview.Dimension;
import lu.adem.tremplin.reporting.PilotReview.Figures;
import lu.adem.tremplin.reporting.PilotReview.Funnel;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * The pilot review on a fixed data set in March 2031, a month no other test touches: five jobseekers
 * invited in the month (one of them twice; a sixth at 00:30 on 1 April, Luxembourg time, is not), their courses, and the
 * exact figures they make. Then the facts as the engine's history events write them.
 */
public class PilotReviewTests extends KaribuViewTest {

    public static final LocalDate MARCH_1 = LocalDate.of(2031, 3, 1);
    public static final LocalDate MARCH_31 = LocalDate.of(2031, 3, 31);

    JdbcClient jdbc;

    @BeforeEach
    void dataSet() {
        jdbc = context.getBean(JdbcClient.class);
        fixedDataSet(context);
    }

    /** Inserts the data set once per database (the test context is shared). */
    public static synchronized void fixedDataSet(org.springframework.context.ApplicationContext context) {
        PilotReviewTests set = new PilotReviewTests();
        set.jdbc = context.getBean(JdbcClient.class);
        set.insert();
    }

    private void insert() {
        if (jdbc.sql("select count(*) from pilot_journey where case_id = 'RV31-J1'")
                        .query(Integer.class)
                        .single()
                > 0) {
            return;
        }
        course("RV31-C1", "office", "FR", "BEGINNER", 4);
        course("RV31-C2", "web", "EN", "INTERMEDIATE", 20);
        course("RV31-C3", "office", "ES", "ADVANCED", 1);
        journey("RV31-J1", "RV31-R1", "luxembourg", "AUTONOMOUS", at(3, 2, 10), at(3, 4, 9));
        // R1 invited again by a second onboarding case: still one jobseeker in the funnel
        journey("RV31-J1B", "RV31-R1", "luxembourg", "AUTONOMOUS", at(3, 15, 10), null);
        journey("RV31-J2", "RV31-R2", "luxembourg", "AUTONOMOUS", at(3, 5, 10), at(3, 6, 9));
        journey("RV31-J3", "RV31-R3", "luxembourg", "GUIDED_START", at(3, 10, 10), null);
        journey("RV31-J4", "RV31-R4", "wiltz", "GUIDED_START", at(3, 12, 10), at(3, 20, 9));
        journey("RV31-J5", "RV31-R5", "wiltz", "AUTONOMOUS", LocalDateTime.of(2031, 3, 31, 23, 30), at(4, 2, 9));
        journey("RV31-J6", "RV31-R6", "wiltz", "AUTONOMOUS", LocalDateTime.of(2031, 4, 1, 0, 30), at(4, 2, 9));
        // R1 starts within 30 days of activation, completes and earns a certificate, then takes a second course
        course(
                "RV31-F1",
                "RV31-R1",
                "luxembourg",
                "AUTONOMOUS",
                "RV31-C1",
                at(3, 10, 8),
                100,
                at(3, 20, 8),
                at(3, 21, 8));
        course("RV31-F2", "RV31-R1", "luxembourg", "AUTONOMOUS", "RV31-C2", at(3, 25, 8), 40, null, null);
        // R2 starts 45 days after activation
        course("RV31-F3", "RV31-R2", "luxembourg", "AUTONOMOUS", "RV31-C3", at(4, 20, 8), 20, null, null);
        // R4 completes without a certificate
        course("RV31-F4", "RV31-R4", "wiltz", "GUIDED_START", "RV31-C1", at(3, 25, 8), 70, at(4, 10, 8), null);
        // R6 (invited in April) starts in April
        course("RV31-F6", "RV31-R6", "wiltz", "AUTONOMOUS", "RV31-C2", at(4, 5, 8), 10, null, null);
    }

    @Test
    void shouldCountTheFunnelOfTheJobseekersInvitedInThePeriod() {
        signIn(data.supervisor());

        Figures march = context.getBean(PilotReview.class).figures(MARCH_1, MARCH_31);

        assertThat(march.total()).isEqualTo(new Funnel("", 5, 4, 2, 3, 2, 1, 70.0));
        assertThat(march.total().activatedShare()).isEqualTo(0.8);
        assertThat(march.total().startedWithin30DaysShare()).isEqualTo(0.5);
        assertThat(march.total().completionPerStarter()).isEqualTo(2.0 / 3);
        assertThat(march.total().certificatesPerStarter()).isEqualTo(1.0 / 3);
        assertThat(march.byAgency())
                .containsExactly(
                        new Funnel("luxembourg", 3, 2, 1, 2, 1, 1, 60.0), new Funnel("wiltz", 2, 2, 1, 1, 1, 0, 70.0));
        assertThat(march.byRoute())
                .containsExactly(
                        new Funnel("AUTONOMOUS", 3, 3, 1, 2, 1, 1, 60.0),
                        new Funnel("GUIDED_START", 2, 1, 1, 1, 1, 0, 70.0));
    }

    @Test
    void shouldCountThePreferredCourseTypesOfTheCoursesStartedInThePeriod() {
        signIn(data.supervisor());

        Figures march = context.getBean(PilotReview.class).figures(MARCH_1, MARCH_31);

        assertThat(march.courseTypes(CourseKind.TOPIC))
                .extracting(CourseType::value, CourseType::started, CourseType::completed, CourseType::certificates)
                .containsExactly(tuple("office", 2, 2, 1), tuple("web", 1, 0, 0));
        assertThat(march.courseTypes(CourseKind.LANGUAGE))
                .extracting(CourseType::value, CourseType::started)
                .containsExactly(tuple("FR", 2), tuple("EN", 1));
        assertThat(march.courseTypes(CourseKind.LEVEL))
                .extracting(CourseType::value, CourseType::started)
                .containsExactly(tuple("BEGINNER", 2), tuple("INTERMEDIATE", 1));
        assertThat(march.courseTypes(CourseKind.LENGTH))
                .extracting(CourseType::value, CourseType::started)
                .as("in band order")
                .containsExactly(tuple("2-5h", 2), tuple("over-15h", 1));
        assertThat(march.courseTypes(Dimension.AGENCY, CourseKind.TOPIC))
                .extracting(CourseType::group, CourseType::value, CourseType::started)
                .containsExactly(
                        tuple("luxembourg", "office", 1), tuple("luxembourg", "web", 1), tuple("wiltz", "office", 1));
        assertThat(march.courseTypes(Dimension.ROUTE, CourseKind.LEVEL))
                .extracting(CourseType::group, CourseType::value, CourseType::started)
                .containsExactly(
                        tuple("AUTONOMOUS", "BEGINNER", 1),
                        tuple("AUTONOMOUS", "INTERMEDIATE", 1),
                        tuple("GUIDED_START", "BEGINNER", 1));
    }

    @Test
    void shouldShowAnEmptyPeriodAsZerosAndRefuseCounsellorsAndBackwardPeriods() {
        signIn(data.supervisor());
        PilotReview review = context.getBean(PilotReview.class);

        Figures empty = review.figures(LocalDate.of(2031, 2, 1), LocalDate.of(2031, 2, 28));

        assertThat(empty.total()).isEqualTo(new Funnel("", 0, 0, 0, 0, 0, 0, null));
        assertThat(empty.total().activatedShare()).as("no share of nothing").isNull();
        assertThat(empty.byAgency()).isEmpty();
        assertThat(empty.courseTypes()).isEmpty();
        assertThatThrownBy(() -> review.figures(MARCH_31, MARCH_1)).isInstanceOf(IllegalArgumentException.class);

        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));
        assertThatThrownBy(() -> review.figures(MARCH_1, MARCH_31)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldKeepTheFactsFromTheEnginesHistoryAsCasesRun() {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        java.util.Date now = java.util.Date.from(java.time.Instant.parse("2026-06-15T09:30:00Z"));
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(now);
        try {
            recordFacts(runtime, now);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    private void recordFacts(RuntimeService runtime, java.util.Date now) {
        Timestamp at = new Timestamp(now.getTime());
        String number = TestData.registrationNumber();
        // registered, as the course recommendation that starts on enrolment requires
        jdbc.sql("""
                insert into jobseeker (registration_number, first_name, last_name, agency, languages, email, created_at,
                  updated_at, version) values (:number, 'Facts', 'Test', 'wiltz', 'FR', 'facts@example.org',
                  current_timestamp, current_timestamp, 0)""").param("number", number).update();
        // an onboarding case placed just before its "Enrolled" end: the end event is the activation
        String onboarding = runtime.createProcessInstanceByKey(OnboardingProcess.KEY)
                .businessKey(number)
                .setVariables(Map.of(
                        CaseVariables.JOBSEEKER_ID,
                        number,
                        CaseVariables.AGENCY,
                        "wiltz",
                        CaseVariables.ROUTE,
                        "AUTONOMOUS"))
                .startBeforeActivity(OnboardingProcess.END_ENROLLED)
                .execute()
                .getId();
        // the follow-up of a course, with progress, completion and certificate as the weekly sync records them
        String followUp = runtime.createProcessInstanceByKey(FollowUpProcess.KEY)
                .businessKey(number)
                .setVariables(Map.of(
                        CaseVariables.JOBSEEKER_ID,
                        number,
                        CaseVariables.AGENCY,
                        "wiltz",
                        CaseVariables.ROUTE,
                        "AUTONOMOUS",
                        CaseVariables.ENROLLED_COURSE,
                        "RV31-C1",
                        FollowUpProcess.VAR_PROGRESS,
                        0,
                        FollowUpProcess.VAR_PILOT_ENDS_AT,
                        new java.util.Date(
                                now.getTime() + java.time.Duration.ofDays(200).toMillis())))
                .startBeforeActivity(FollowUpProcess.TIMER_WEEK)
                .execute()
                .getId();
        runtime.setVariable(followUp, FollowUpProcess.VAR_PROGRESS, 55);
        runtime.setVariable(followUp, FollowUpProcess.VAR_COMPLETED, true);
        runtime.setVariable(followUp, FollowUpProcess.VAR_CERTIFICATE, true);
        runtime.setVariable(followUp, FollowUpProcess.VAR_PROGRESS, 100);

        var journey = jdbc.sql(
                        "select registration_number, agency, route, proposed_at, activated_at, ended_at, invited_at"
                                + " from pilot_journey where case_id = :id")
                .param("id", onboarding)
                .query()
                .singleRow();
        assertThat(journey)
                .containsEntry("REGISTRATION_NUMBER", number)
                .containsEntry("AGENCY", "wiltz")
                .containsEntry("ROUTE", "AUTONOMOUS")
                .containsEntry("INVITED_AT", null);
        assertThat(journey)
                .containsEntry("PROPOSED_AT", at)
                .containsEntry("ACTIVATED_AT", at)
                .containsEntry("ENDED_AT", at);
        var course = jdbc.sql(
                        "select registration_number, course_id, progress, started_at, completed_at, certificate_at"
                                + " from pilot_course where case_id = :id")
                .param("id", followUp)
                .query()
                .singleRow();
        assertThat(course)
                .containsEntry("REGISTRATION_NUMBER", number)
                .containsEntry("COURSE_ID", "RV31-C1")
                .containsEntry("PROGRESS", 100);
        assertThat(course)
                .containsEntry("STARTED_AT", at)
                .containsEntry("COMPLETED_AT", at)
                .containsEntry("CERTIFICATE_AT", at);
        assertThat(context.getBean(HistoryService.class)
                        .createHistoricProcessInstanceQuery()
                        .processInstanceId(onboarding)
                        .finished()
                        .count())
                .as("the engine's own history is written as before")
                .isOne();
    }

    private static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2031, month, day, hour, 0);
    }

    private static Timestamp ts(LocalDateTime local) {
        return local == null
                ? null
                : Timestamp.from(local.atZone(PilotReview.LUXEMBOURG).toInstant());
    }

    /** Retired, so that the catalogue other tests count is the sample's: history still counts retired courses. */
    private void course(String id, String topic, String language, String level, int hours) {
        jdbc.sql("""
                insert into course (platform_id, title, language, difficulty, duration_hours, topic, skills, paths, url,
                  search_text, retired, updated_at)
                values (:id, :id, :language, :level, :hours, :topic, '', '', 'https://example.org', :id, true, current_timestamp)""")
                .param("id", id)
                .param("language", language)
                .param("level", level)
                .param("hours", hours)
                .param("topic", topic)
                .update();
    }

    private void journey(
            String id,
            String registration,
            String agency,
            String route,
            LocalDateTime invited,
            LocalDateTime activated) {
        jdbc.sql("""
                insert into pilot_journey (case_id, registration_number, agency, route, proposed_at, invited_at, activated_at)
                values (:id, :registration, :agency, :route, :proposed, :invited, :activated)""")
                .param("id", id)
                .param("registration", registration)
                .param("agency", agency)
                .param("route", route)
                .param("proposed", ts(invited.minusDays(1)))
                .param("invited", ts(invited))
                .param("activated", ts(activated))
                .update();
    }

    private void course(
            String id,
            String registration,
            String agency,
            String route,
            String course,
            LocalDateTime started,
            int progress,
            LocalDateTime completed,
            LocalDateTime certificate) {
        jdbc.sql("""
                insert into pilot_course (case_id, registration_number, agency, route, course_id, started_at, progress,
                  completed_at, certificate_at)
                values (:id, :registration, :agency, :route, :course, :started, :progress, :completed, :certificate)""")
                .param("id", id)
                .param("registration", registration)
                .param("agency", agency)
                .param("route", route)
                .param("course", course)
                .param("started", ts(started))
                .param("progress", progress)
                .param("completed", ts(completed))
                .param("certificate", ts(certificate))
                .update();
    }
}
