package lu.adem.tremplin.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.reporting.EmploymentAtSixMonths.Figures;
import lu.adem.tremplin.reporting.EmploymentAtSixMonths.Share;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * Exit to employment at 6 months on a fixed data set in January 2021, a month no other test touches: seven
 * jobseekers invited in the month (an eighth in February is not), exits imported from Adem and a job found
 * during follow-up, and the exact shares they make. Then “found a job” as the engine's history writes it.
 */
public class EmploymentAtSixMonthsTests extends KaribuViewTest {

    public static final LocalDate JANUARY_1 = LocalDate.of(2021, 1, 1);
    public static final LocalDate JANUARY_31 = LocalDate.of(2021, 1, 31);

    JdbcClient jdbc;

    @BeforeEach
    void dataSet() {
        jdbc = context.getBean(JdbcClient.class);
        fixedDataSet(context);
    }

    /** Inserts the data set once per database (the test context is shared). */
    public static synchronized void fixedDataSet(org.springframework.context.ApplicationContext context) {
        EmploymentAtSixMonthsTests set = new EmploymentAtSixMonthsTests();
        set.jdbc = context.getBean(JdbcClient.class);
        set.insert();
    }

    private void insert() {
        if (jdbc.sql("select count(*) from pilot_journey where case_id = 'EM21-J1'")
                        .query(Integer.class)
                        .single()
                > 0) {
            return;
        }
        course("EM21-C1", "office");
        course("EM21-C2", "web");
        // R1: activated, first course "office", leaves the register for a job within 6 months
        journey("EM21-J1", "EM21-R1", "luxembourg", "AUTONOMOUS", at(1, 5), at(1, 6));
        followed("EM21-F1", "EM21-R1", "EM21-C1", at(1, 10), null);
        followed("EM21-F1B", "EM21-R1", "EM21-C2", at(2, 1), null);
        exit("EM21-R1", LocalDate.of(2021, 6, 30), "EMPLOYMENT");
        // R2: activated, first course "web", a job found during follow-up
        journey("EM21-J2", "EM21-R2", "luxembourg", "AUTONOMOUS", at(1, 8), at(1, 9));
        followed("EM21-F2", "EM21-R2", "EM21-C2", at(1, 12), at(3, 1));
        // R3: activated, "office"; leaves for training within 6 months, for a job only after them
        journey("EM21-J3", "EM21-R3", "luxembourg", "GUIDED_START", at(1, 12), at(1, 14));
        followed("EM21-F3", "EM21-R3", "EM21-C1", at(1, 20), null);
        exit("EM21-R3", LocalDate.of(2021, 3, 1), "TRAINING");
        exit("EM21-R3", LocalDate.of(2021, 8, 1), "EMPLOYMENT");
        // R4: never activated, a job within 6 months
        journey("EM21-J4", "EM21-R4", "wiltz", "AUTONOMOUS", at(1, 15), null);
        exit("EM21-R4", LocalDate.of(2021, 4, 1), "EMPLOYMENT");
        // R5: never activated, still registered
        journey("EM21-J5", "EM21-R5", "wiltz", "GUIDED_START", at(1, 20), null);
        // R6: never activated; an earlier spell ended in a job before the invitation, which does not count
        journey("EM21-J6", "EM21-R6", "wiltz", "AUTONOMOUS", at(1, 25), null);
        exit("EM21-R6", LocalDate.of(2021, 1, 10), "EMPLOYMENT");
        // R8: activated, no course started, a job within 6 months
        journey("EM21-J8", "EM21-R8", "luxembourg", "AUTONOMOUS", at(1, 28), at(1, 29));
        exit("EM21-R8", LocalDate.of(2021, 2, 15), "EMPLOYMENT");
        // R7: invited in February, outside the period
        journey("EM21-J7", "EM21-R7", "wiltz", "AUTONOMOUS", at(2, 2), null);
        exit("EM21-R7", LocalDate.of(2021, 3, 2), "EMPLOYMENT");
    }

    @Test
    void shouldCountTheShareInEmploymentSixMonthsAfterInvitationBesideThoseWhoNeverActivated() {
        signIn(data.supervisor());

        Figures january = context.getBean(EmploymentAtSixMonths.class).figures(JANUARY_1, JANUARY_31);

        assertThat(january.total()).isEqualTo(new Share("", 7, 4, 3, 1));
        assertThat(january.total().employedShare()).isEqualTo(4.0 / 7);
        assertThat(january.total().activatedShare()).isEqualTo(0.75);
        assertThat(january.total().neverActivatedShare()).isEqualTo(1.0 / 3);
        assertThat(january.byAgency())
                .containsExactly(new Share("luxembourg", 4, 3, 0, 0), new Share("wiltz", 3, 1, 3, 1));
        assertThat(january.byAgency().get(0).neverActivatedShare())
                .as("no share of nobody")
                .isNull();
        assertThat(january.byRoute())
                .containsExactly(new Share("AUTONOMOUS", 5, 4, 2, 1), new Share("GUIDED_START", 2, 0, 1, 0));
        assertThat(january.byCourseType())
                .as("the topic of the first course started")
                .containsExactly(
                        new Share(EmploymentAtSixMonths.NO_COURSE, 4, 2, 3, 1),
                        new Share("office", 2, 1, 0, 0),
                        new Share("web", 1, 1, 0, 0));
    }

    @Test
    void shouldCountOnlyThoseWhoseSixMonthsHavePassed() {
        signIn(data.supervisor());
        Clock july20 = Clock.fixed(Instant.parse("2021-07-20T10:00:00Z"), ZoneOffset.UTC);

        Figures january = new EmploymentAtSixMonths(jdbc, july20).figures(JANUARY_1, JANUARY_31);

        assertThat(january.invitedBy()).isEqualTo(LocalDate.of(2021, 1, 20));
        assertThat(january.total()).as("R1 to R5, invited by 20 January").isEqualTo(new Share("", 5, 3, 2, 1));
        assertThat(new EmploymentAtSixMonths(jdbc, Clock.fixed(Instant.parse("2021-05-01T10:00:00Z"), ZoneOffset.UTC))
                        .figures(JANUARY_1, JANUARY_31)
                        .total())
                .as("nobody yet")
                .isEqualTo(new Share("", 0, 0, 0, 0));
    }

    @Test
    void shouldRefuseCounsellorsAndBackwardPeriods() {
        signIn(data.supervisor());
        EmploymentAtSixMonths employment = context.getBean(EmploymentAtSixMonths.class);
        assertThatThrownBy(() -> employment.figures(JANUARY_31, JANUARY_1))
                .isInstanceOf(IllegalArgumentException.class);

        signIn(data.counsellor(Agency.LUXEMBOURG));
        assertThatThrownBy(() -> employment.figures(JANUARY_1, JANUARY_31)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldRecordAJobFoundDuringFollowUpFromTheEnginesHistory() {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        java.util.Date now = java.util.Date.from(Instant.parse("2026-06-15T09:30:00Z"));
        String number = TestData.registrationNumber();
        ClockUtil.setCurrentTime(now);
        try {
            String followUp = runtime.createProcessInstanceByKey(FollowUpProcess.KEY)
                    .businessKey(number)
                    .setVariables(Map.of(
                            CaseVariables.JOBSEEKER_ID, number,
                            CaseVariables.AGENCY, "wiltz",
                            CaseVariables.ROUTE, "AUTONOMOUS",
                            CaseVariables.ENROLLED_COURSE, "EM21-C1"))
                    .startBeforeActivity(FollowUpProcess.END_JOB)
                    .execute()
                    .getId();

            assertThat(jdbc.sql("select job_found_at from pilot_course where case_id = ?")
                            .param(followUp)
                            .query(Timestamp.class)
                            .single())
                    .isEqualTo(new Timestamp(now.getTime()));
        } finally {
            ClockUtil.reset();
        }
    }

    private static LocalDateTime at(int month, int day) {
        return LocalDateTime.of(2021, month, day, 10, 0);
    }

    private static Timestamp ts(LocalDateTime local) {
        return local == null
                ? null
                : Timestamp.from(local.atZone(PilotReview.LUXEMBOURG).toInstant());
    }

    private void course(String id, String topic) {
        jdbc.sql("""
                insert into course (platform_id, title, language, difficulty, duration_hours, topic, skills, paths, url,
                  search_text, retired, updated_at)
                values (:id, :id, 'FR', 'BEGINNER', 3, :topic, '', '', 'https://example.org', :id, true, current_timestamp)""").param("id", id).param("topic", topic).update();
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

    private void followed(
            String id, String registration, String course, LocalDateTime started, LocalDateTime jobFound) {
        jdbc.sql("""
                insert into pilot_course (case_id, registration_number, course_id, started_at, job_found_at)
                values (:id, :registration, :course, :started, :found)""")
                .param("id", id)
                .param("registration", registration)
                .param("course", course)
                .param("started", ts(started))
                .param("found", ts(jobFound))
                .update();
    }

    private void exit(String registration, LocalDate day, String kind) {
        jdbc.sql("insert into employment_outcome (registration_number, exited_on, exit_kind, imported_at)"
                        + " values (?, ?, ?, current_timestamp)")
                .params(registration, Date.valueOf(day), kind)
                .update();
    }
}
