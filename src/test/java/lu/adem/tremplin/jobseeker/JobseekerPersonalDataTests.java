package lu.adem.tremplin.jobseeker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.support.TestData;

/** The jobseeker record as the subject access file shows it, and anonymised, on H2 with the migrations. */
@JdbcTest
@Import({JobseekerPersonalData.class, EngineClock.class})
class JobseekerPersonalDataTests {

    @Autowired
    JobseekerPersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    private String insert(String first, String email) {
        String number = TestData.registrationNumber();
        jdbc.sql("insert into jobseeker (registration_number, first_name, last_name, agency, referent_counsellor,"
                        + " languages, email, phone, target_occupation, created_at, updated_at, version, active)"
                        + " values (?, ?, 'Majerus', 'esch', 'cmuller', 'FR,DE', ?, '+352 621 000 000', 'M1607',"
                        + " ?, ?, 3, true)")
                .params(number, first, email, LocalDateTime.of(2026, 3, 2, 9, 0), LocalDateTime.of(2026, 3, 2, 9, 0))
                .update();
        return number;
    }

    @Test
    void shouldListEveryFieldOfTheRecord() {
        String number = insert("Leila", "leila@example.lu");

        assertThat(personalData.heldAbout(number))
                .singleElement()
                .satisfies(record -> assertThat(record)
                        .containsEntry("registrationNumber", number)
                        .containsEntry("firstName", "Leila")
                        .containsEntry("lastName", "Majerus")
                        .containsEntry("agency", "esch")
                        .containsEntry("referentCounsellor", "cmuller")
                        .containsEntry("email", "leila@example.lu")
                        .containsEntry("phone", "+352 621 000 000")
                        .containsEntry("targetOccupation", "M1607")
                        .containsEntry("active", true)
                        .containsEntry("createdAt", LocalDateTime.of(2026, 3, 2, 9, 0)));
        assertThat(personalData.heldAbout("DE-T-NOBODY")).isEmpty();
    }

    @Test
    void shouldAnonymiseNamesContactAndNumberButKeepWhatFiguresNeed() {
        String number = insert("Leila", "leila@example.lu");
        String other = insert("Paul", "paul@example.lu");
        String pseudonym = "X" + TestData.uniqueId();

        personalData.anonymise(number, pseudonym);

        assertThat(personalData.heldAbout(number)).isEmpty();
        Map<String, Object> anonymised = personalData.heldAbout(pseudonym).get(0);
        assertThat(anonymised)
                .containsEntry("registrationNumber", pseudonym)
                .containsEntry("firstName", JobseekerPersonalData.NO_NAME)
                .containsEntry("lastName", JobseekerPersonalData.NO_NAME)
                .containsEntry("email", null)
                .containsEntry("phone", null)
                .containsEntry("referentCounsellor", null)
                .containsEntry("agency", "esch")
                .containsEntry("languages", "FR,DE")
                .containsEntry("targetOccupation", "M1607")
                .containsEntry("active", true);
        assertThat(anonymised.values()).doesNotContain("Leila", "Majerus", "leila@example.lu", number);
        assertThat(jdbc.sql("select version from jobseeker where registration_number = ?")
                        .param(pseudonym)
                        .query(Integer.class)
                        .single())
                .as("an edit screen opened before the anonymisation cannot write the names back")
                .isEqualTo(4);
        assertThat(personalData.heldAbout(other).get(0)).containsEntry("firstName", "Paul");
    }
}
