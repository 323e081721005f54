package lu.adem.tremplin.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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

import lu.adem.tremplin.reporting.EmploymentAtSixMonths.Share;
import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.support.LocalPostgres;

/**
 * The employment-outcome import and the exit to employment figure on PostgreSQL with the Flyway migrations
 * (V24 included): a file imported twice, then the shares of three jobseekers invited in January 2021.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ActiveProfiles("postgres")
@Import({EngineClock.class, EmploymentOutcomes.class, EmploymentAtSixMonths.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class EmploymentPostgresIntegrationTests {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshDatabase("tremplin_emp_", registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmploymentOutcomes outcomes;

    @Autowired
    EmploymentAtSixMonths employment;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void shouldImportIdempotentlyAndCountTheShareOnPostgres() throws Exception {
        journey("P1", LocalDateTime.of(2021, 1, 5, 10, 0), true);
        journey("P2", LocalDateTime.of(2021, 1, 8, 10, 0), false);
        journey("P3", LocalDateTime.of(2021, 1, 12, 10, 0), false);
        jdbc.sql("insert into pilot_course (case_id, registration_number, course_id, started_at, job_found_at)"
                        + " values ('C1', 'EMP-P1', 'nope', ?, ?)")
                .params(
                        Timestamp.valueOf(LocalDateTime.of(2021, 1, 10, 10, 0)),
                        Timestamp.valueOf(LocalDateTime.of(2021, 3, 1, 10, 0)))
                .update();
        signIn("ADMIN");
        String file =
                "registration_number,exit_date,exit_kind\nEMP-P2,2021-04-01,employment\nEMP-P3,2021-04-01,training\n"
                        + "EMP-UNKNOWN,2021-04-01,employment\n";

        assertThat(outcomes.importCsv(new StringReader(file), "x.csv"))
                .isEqualTo(new EmploymentOutcomes.Report("x.csv", true, 2, 0, 0, 1, List.of()));
        assertThat(outcomes.importCsv(new StringReader(file), "x.csv"))
                .isEqualTo(new EmploymentOutcomes.Report("x.csv", true, 0, 0, 2, 1, List.of()));

        signIn("SUPERVISOR");
        EmploymentAtSixMonths.Figures january = employment.figures(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 31));

        assertThat(january.total()).isEqualTo(new Share("", 3, 2, 2, 1));
        assertThat(january.byCourseType())
                .containsExactly(new Share("none", 2, 1, 2, 1), new Share("unknown", 1, 1, 0, 0));
    }

    private void journey(String suffix, LocalDateTime invited, boolean activated) {
        jdbc.sql("insert into pilot_journey (case_id, registration_number, agency, route, invited_at, activated_at)"
                        + " values (?, ?, 'wiltz', 'AUTONOMOUS', ?, ?)")
                .params(
                        "J" + suffix,
                        "EMP-" + suffix,
                        Timestamp.valueOf(invited),
                        activated ? Timestamp.valueOf(invited.plusDays(1)) : null)
                .update();
    }

    private static void signIn(String role) {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "pg-" + role.toLowerCase(), null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
    }
}
