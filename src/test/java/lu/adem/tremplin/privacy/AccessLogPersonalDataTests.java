package lu.adem.tremplin.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.support.TestData;

/** The access log's entries about a jobseeker, listed and kept under the pseudonym, on H2 with the migrations. */
@JdbcTest
@Import(AccessLogPersonalData.class)
class AccessLogPersonalDataTests {

    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Autowired
    AccessLogPersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    private void entry(String number, LocalDateTime at, String user, String action) {
        jdbc.sql("insert into access_log (at, user_id, action, registration_number, screen)"
                        + " values (?, ?, ?, ?, 'jobseeker/file')")
                .params(at, user, action, number)
                .update();
    }

    @Test
    void shouldListWhoAccessedTheDataOldestFirstAndKeepItUnderThePseudonym() {
        String number = TestData.registrationNumber();
        String other = TestData.registrationNumber();
        String pseudonym = "X" + TestData.uniqueId();
        entry(number, MONDAY.plusHours(2), "cmuller", "changed");
        entry(number, MONDAY, "jweber", "file-opened");
        entry(other, MONDAY, "jweber", "file-opened");

        assertThat(personalData.heldAbout(number))
                .extracting(entry -> entry.get("user") + " " + entry.get("action") + " " + entry.get("at"))
                .containsExactly("jweber file-opened " + MONDAY, "cmuller changed " + MONDAY.plusHours(2));
        assertThat(personalData.heldAbout(number).get(0)).containsEntry("screen", "jobseeker/file");

        personalData.anonymise(number, pseudonym);

        assertThat(personalData.heldAbout(number)).isEmpty();
        assertThat(personalData.heldAbout(pseudonym)).hasSize(2);
        assertThat(personalData.heldAbout(other)).hasSize(1);
    }
}
