package lu.adem.tremplin.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.reporting.EmploymentOutcomes.LineError;
import lu.adem.tremplin.reporting.EmploymentOutcomes.Report;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * The employment-outcome import on this test's own invited jobseekers: a good file, the same file twice, a
 * correction, refused lines that keep the whole file out, and who may import. Then the rows as personal data.
 */
class EmploymentOutcomesTests extends KaribuViewTest {

    static final String HEADER = "registration_number;exit_date;exit_kind\n";

    JdbcClient jdbc;
    EmploymentOutcomes outcomes;
    String a;
    String b;
    String c;

    @BeforeEach
    void invited() {
        jdbc = context.getBean(JdbcClient.class);
        outcomes = context.getBean(EmploymentOutcomes.class);
        a = invitedJobseeker();
        b = invitedJobseeker();
        c = invitedJobseeker();
        signIn(data.administrator());
    }

    @Test
    void shouldImportAGoodFileOnceAndChangeNothingTheSecondTime() throws Exception {
        String notInvited = TestData.registrationNumber();
        String file = HEADER + a + ";2026-03-31;employment\n"
                + b.toLowerCase() + ";31/03/2026;formation\n"
                + c + ";01.04.2026;OTHER\n"
                + notInvited + ";2026-04-01;employment\n";

        assertThat(importCsv(file)).isEqualTo(new Report("adem.csv", true, 3, 0, 0, 1, List.of()));
        assertThat(importCsv(file)).isEqualTo(new Report("adem.csv", true, 0, 0, 3, 1, List.of()));
        assertThat(rows(a, b, c, notInvited))
                .containsExactly(
                        tuple(a, LocalDate.of(2026, 3, 31), "EMPLOYMENT"),
                        tuple(b, LocalDate.of(2026, 3, 31), "TRAINING"),
                        tuple(c, LocalDate.of(2026, 4, 1), "OTHER"));

        Report corrected =
                importCsv(HEADER.replace(';', ',') + b + ",2026-03-31,employment\n" + b + ",2026-05-02,other\n");

        assertThat(corrected).isEqualTo(new Report("adem.csv", true, 1, 1, 0, 0, List.of()));
        assertThat(rows(b))
                .as("the same number and day is one row; another day is another exit")
                .containsExactly(
                        tuple(b, LocalDate.of(2026, 3, 31), "EMPLOYMENT"), tuple(b, LocalDate.of(2026, 5, 2), "OTHER"));
    }

    @Test
    void shouldListEveryRefusedLineAndWriteNothingOfTheFile() throws Exception {
        String file = HEADER + a + ";2026-03-31;employment\n"
                + b + ";2026-02-30;employment\n"
                + c + ";2026-03-01;retired\n"
                + "x;2026-03-01;other\n"
                + b + ";2999-01-01;other\n"
                + a + ";2026-03-31;training\n"
                + c + ";2026-03-01\n";

        Report report = importCsv(file);

        assertThat(report.written()).isFalse();
        assertThat(report.errors())
                .extracting(LineError::line, LineError::registrationNumber, LineError::message)
                .containsExactly(
                        tuple(3L, b, "employment-import.error.date"),
                        tuple(4L, c, "employment-import.error.kind"),
                        tuple(5L, "X", "employment-import.error.registration-number"),
                        tuple(6L, b, "employment-import.error.future"),
                        tuple(7L, a, "employment-import.error.repeated"),
                        tuple(8L, c, "employment-import.error.column-count"));
        assertThat(report.errors().get(4).argument()).as("the line it repeats").isEqualTo(2L);
        assertThat(rows(a, b, c)).as("not even the good first line").isEmpty();

        assertThat(importCsv("registration_number;exit_kind\n" + a + ";employment\n")
                        .errors())
                .containsExactly(new LineError(1, null, "employment-import.error.columns", "exit_date"));
    }

    @Test
    void shouldRefuseAFileOfMoreLinesThanTheLimitWhole() throws Exception {
        String line = a + ";2026-03-31;employment\n";

        Report tooLong = importCsv(HEADER + line.repeat(EmploymentOutcomeCsv.MAX_ROWS + 1));

        assertThat(tooLong.written()).isFalse();
        assertThat(tooLong.errors())
                .containsExactly(new LineError(
                        EmploymentOutcomeCsv.MAX_ROWS + 2L,
                        null,
                        "employment-import.error.too-many",
                        EmploymentOutcomeCsv.MAX_ROWS));
        assertThat(rows(a)).isEmpty();
    }

    @Test
    void shouldRefuseEveryoneButAdministrators() {
        signIn(data.supervisor());

        assertThatThrownBy(() -> importCsv(HEADER + a + ";2026-03-31;employment\n"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows(a)).isEmpty();
    }

    @Test
    void shouldListTheExitsInTheSubjectAccessFileAndAnonymiseThemWithTheJobseeker() throws Exception {
        importCsv(HEADER + a + ";2026-03-31;employment\n");
        EmploymentPersonalData personalData = context.getBean(EmploymentPersonalData.class);

        assertThat(personalData.heldAbout(a))
                .singleElement()
                .satisfies(record -> assertThat(record)
                        .containsEntry("exitedOn", LocalDate.of(2026, 3, 31))
                        .containsEntry("exitKind", "EMPLOYMENT"));

        String pseudonym = "P-" + TestData.uniqueId();
        personalData.anonymise(a, pseudonym);

        assertThat(personalData.heldAbout(a)).isEmpty();
        assertThat(rows(pseudonym))
                .as("the day and kind stay, so the figure stays")
                .containsExactly(tuple(pseudonym, LocalDate.of(2026, 3, 31), "EMPLOYMENT"));
    }

    private Report importCsv(String csv) throws Exception {
        return outcomes.importCsv(new StringReader(csv), "adem.csv");
    }

    private List<org.assertj.core.groups.Tuple> rows(String... numbers) {
        return jdbc
                .sql("select registration_number, exited_on, exit_kind from employment_outcome"
                        + " where registration_number in (:numbers) order by registration_number, exited_on")
                .param("numbers", List.of(numbers))
                .query((rs, row) -> tuple(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(
                        t -> List.of(numbers).indexOf((String) t.toList().get(0))))
                .toList();
    }

    private String invitedJobseeker() {
        String number = TestData.registrationNumber();
        jdbc.sql("insert into pilot_journey (case_id, registration_number, agency, route, invited_at)"
                        + " values (?, ?, 'wiltz', 'AUTONOMOUS', ?)")
                .params("EMI-" + TestData.uniqueId(), number, Timestamp.valueOf("2026-01-10 10:00:00"))
                .update();
        return number;
    }
}
