package lu.adem.tremplin.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.reporting.SurveyLinks.Occasion;
import lu.adem.tremplin.reporting.SurveyLinks.OccasionKind;
import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.support.LocalPostgres;

/**
 * The satisfaction survey's SQL on PostgreSQL with the Flyway migrations (V25 included): the occasions due (a
 * course completed or abandoned, month 3 from the first invitation, nothing older than the catch-up), links
 * answered once, the figures of the day, and anonymisation.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("postgres")
@Import({EngineClock.class, SurveyLinks.class, Satisfaction.class, SatisfactionPersonalData.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SurveyPostgresIntegrationTests {

    static final Instant JUNE_15 = Instant.parse("2021-06-15T10:00:00Z");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshDatabase("tremplin_survey_", registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SurveyLinks links;

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    SatisfactionPersonalData personalData;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void shouldFindTheOccasionsDueOnPostgres() {
        journey("J1", "PGS-R1", "2021-03-14T08:00:00Z");
        journey("J1B", "PGS-R1", "2021-05-14T08:00:00Z");
        journey("J2", "PGS-R2", "2021-03-20T08:00:00Z");
        journey("J3", "PGS-R3", "2021-02-20T08:00:00Z");
        course("C1", "2021-06-14T08:00:00Z", null);
        course("C2", null, "2021-06-10T08:00:00Z");
        course("C3", "2021-05-01T08:00:00Z", null);
        SurveyOccasions occasions = new SurveyOccasions(
                jdbc,
                links,
                null,
                null,
                new SurveySettings(URI.create("https://tremplin.adem.lu"), Duration.ofDays(30), Duration.ofDays(14)),
                null,
                Clock.fixed(JUNE_15, ZoneOffset.UTC));

        assertThat(occasions.due())
                .containsExactlyInAnyOrder(
                        new Occasion(
                                "course:PGS-C1",
                                OccasionKind.COURSE_COMPLETED,
                                "PGS-R1",
                                "wiltz",
                                "AUTONOMOUS",
                                "unknown"),
                        new Occasion(
                                "course:PGS-C2",
                                OccasionKind.COURSE_ABANDONED,
                                "PGS-R1",
                                "wiltz",
                                "AUTONOMOUS",
                                "unknown"),
                        new Occasion(
                                "month-3:PGS-R1", OccasionKind.MONTH_3, "PGS-R1", "wiltz", "GUIDED_START", "unknown"));
    }

    @Test
    void shouldAnswerOnceCountAndAnonymiseOnPostgres() {
        LocalDateTime now = links.now();
        for (int i = 1; i <= 5; i++) {
            String token = links.create(
                    new Occasion("pg:" + i, OccasionKind.MONTH_3, "PGS-A" + i, "esch", "AUTONOMOUS", "office"),
                    "fr",
                    now.plusDays(1));
            SurveyAnswers answers =
                    new SurveyAnswers(i, i % 2 == 1, Set.of(SurveyAnswers.Helped.COURSES), Set.of(), "mot " + i);
            assertThat(links.answer(token, answers)).isTrue();
            assertThat(links.answer(token, answers)).as("once").isFalse();
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "pg-supervisor", null, List.of(new SimpleGrantedAuthority("ROLE_SUPERVISOR"))));

        LocalDate today = now.toLocalDate();
        Satisfaction.Figures figures = satisfaction.figures(today, today);

        assertThat(figures.total().answers()).isEqualTo(5);
        assertThat(figures.total().meanSatisfaction()).isEqualTo(3.0, within(1e-9));
        assertThat(figures.total().recommendShare()).isEqualTo(0.6, within(1e-9));
        assertThat(figures.total().helped()).containsEntry(SurveyAnswers.Helped.COURSES, 5);

        personalData.anonymise("PGS-A1", "PSEUDO-1");

        assertThat(personalData.heldAbout("PSEUDO-1"))
                .singleElement()
                .satisfies(record ->
                        assertThat(record).containsEntry("comment", null).containsEntry("satisfaction", 1));
        assertThat(satisfaction.figures(today, today).total().answers()).isEqualTo(5);
    }

    private void journey(String id, String number, String invited) {
        jdbc.sql("insert into pilot_journey (case_id, registration_number, agency, route, invited_at)"
                        + " values (?, ?, 'wiltz', 'GUIDED_START', ?)")
                .params(id, number, Timestamp.from(Instant.parse(invited)))
                .update();
    }

    private void course(String id, String completed, String abandoned) {
        jdbc.sql("insert into pilot_course (case_id, registration_number, agency, route, course_id, started_at,"
                        + " completed_at, abandoned_at) values (?, 'PGS-R1', 'wiltz', 'AUTONOMOUS', 'nope', ?, ?, ?)")
                .params(
                        "PGS-" + id,
                        Timestamp.from(Instant.parse("2021-04-01T08:00:00Z")),
                        completed == null ? null : Timestamp.from(Instant.parse(completed)),
                        abandoned == null ? null : Timestamp.from(Instant.parse(abandoned)))
                .update();
    }
}
