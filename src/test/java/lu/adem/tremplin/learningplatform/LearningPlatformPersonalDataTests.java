package lu.adem.tremplin.learningplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.support.TestData;

/**
 * The learning platform's rows about a jobseeker (external id = registration number): the simulator's account
 * and enrolment, and imported progress, listed and anonymised on H2 with the migrations.
 */
@JdbcTest
@Import(LearningPlatformPersonalData.class)
class LearningPlatformPersonalDataTests {

    static final LocalDateTime INVITED = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Autowired
    LearningPlatformPersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    private void platformRows(String number) {
        jdbc.sql("insert into platform_simulator_account (external_id, team, language, status, invited_at,"
                        + " activated_at) values (?, 'adem-esch', 'fr', 'ACTIVE', ?, ?)")
                .params(number, INVITED, INVITED.plusDays(1))
                .update();
        jdbc.sql("insert into platform_simulator_enrolment (external_id, course_id, enrolled_at, progress,"
                        + " minutes_spent, last_activity_at) values (?, '7100001', ?, 40, 95, ?)")
                .params(number, INVITED.plusDays(2), INVITED.plusDays(5))
                .update();
        jdbc.sql("insert into platform_progress (external_id, course_id, progress, minutes_spent, last_activity_at,"
                        + " completed_at, certificate_at, updated_at) values (?, '7100002', 100, 300, ?, ?, ?, ?)")
                .params(number, INVITED.plusDays(9), INVITED.plusDays(9), INVITED.plusDays(10), INVITED.plusDays(10))
                .update();
    }

    @Test
    void shouldListAccountEnrolmentAndProgress() {
        String number = TestData.registrationNumber();
        platformRows(number);

        List<Map<String, Object>> held = personalData.heldAbout(number);

        assertThat(held).extracting(record -> record.get("record")).containsExactly("account", "enrolment", "progress");
        assertThat(held.get(0))
                .containsEntry("team", "adem-esch")
                .containsEntry("status", "ACTIVE")
                .containsEntry("activatedAt", INVITED.plusDays(1));
        assertThat(held.get(1))
                .containsEntry("course", "7100001")
                .containsEntry("progress", 40)
                .containsEntry("minutesSpent", 95);
        assertThat(held.get(2))
                .containsEntry("course", "7100002")
                .containsEntry("progress", 100)
                .containsEntry("certificateAt", INVITED.plusDays(10));
    }

    @Test
    void shouldReplaceTheExternalIdByThePseudonymInEveryTableAndKeepTheProgress() {
        String number = TestData.registrationNumber();
        String other = TestData.registrationNumber();
        String pseudonym = "X" + TestData.uniqueId();
        platformRows(number);
        platformRows(other);
        List<Map<String, Object>> before = personalData.heldAbout(number);

        personalData.anonymise(number, pseudonym);

        assertThat(personalData.heldAbout(number)).isEmpty();
        assertThat(personalData.heldAbout(pseudonym)).isEqualTo(before);
        assertThat(personalData.heldAbout(other)).hasSize(3);
        for (String table : LearningPlatformPersonalData.TABLES) {
            assertThat(jdbc.sql("select count(*) from " + table + " where external_id = ?")
                            .param(number)
                            .query(Integer.class)
                            .single())
                    .as(table)
                    .isZero();
        }
    }
}
