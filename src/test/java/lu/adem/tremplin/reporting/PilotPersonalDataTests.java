package lu.adem.tremplin.reporting;

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

/** The pilot's fact rows about a jobseeker, listed and anonymised on H2; nothing but the number changes. */
@JdbcTest
@Import(PilotPersonalData.class)
class PilotPersonalDataTests {

    static final LocalDateTime PROPOSED = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Autowired
    PilotPersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    private void facts(String number, String caseId) {
        jdbc.sql("insert into pilot_journey (case_id, registration_number, agency, route, proposed_at, invited_at,"
                        + " activated_at) values (?, ?, 'esch', 'GUIDED_START', ?, ?, ?)")
                .params("j-" + caseId, number, PROPOSED, PROPOSED.plusDays(1), PROPOSED.plusDays(3))
                .update();
        jdbc.sql("insert into pilot_course (case_id, registration_number, agency, route, course_id, started_at,"
                        + " progress, completed_at) values (?, ?, 'esch', 'GUIDED_START', '7100001', ?, 100, ?)")
                .params("c-" + caseId, number, PROPOSED.plusDays(4), PROPOSED.plusDays(20))
                .update();
    }

    /** Every column but the registration number, of every row: what the pilot review counts from. */
    private List<Map<String, Object>> figures() {
        return jdbc.sql("select case_id, agency, route, proposed_at, invited_at, activated_at, ended_at,"
                        + " null as course_id, null as progress from pilot_journey union all"
                        + " select case_id, agency, route, started_at, completed_at, certificate_at, ended_at,"
                        + " course_id, progress from pilot_course order by case_id")
                .query()
                .listOfRows();
    }

    @Test
    void shouldListJourneyAndCourses() {
        String number = TestData.registrationNumber();
        String caseId = TestData.uniqueId();
        facts(number, caseId);

        List<Map<String, Object>> held = personalData.heldAbout(number);

        assertThat(held).extracting(record -> record.get("record")).containsExactly("journey", "course");
        assertThat(held.get(0))
                .containsEntry("case", "j-" + caseId)
                .containsEntry("route", "GUIDED_START")
                .containsEntry("activatedAt", PROPOSED.plusDays(3));
        assertThat(held.get(1)).containsEntry("course", "7100001").containsEntry("progress", 100);
    }

    @Test
    void shouldReplaceOnlyTheRegistrationNumberSoTheFiguresStayTheSame() {
        String number = TestData.registrationNumber();
        String pseudonym = "X" + TestData.uniqueId();
        facts(number, TestData.uniqueId());
        facts(TestData.registrationNumber(), TestData.uniqueId());
        List<Map<String, Object>> before = figures();
        List<Map<String, Object>> held = personalData.heldAbout(number);

        personalData.anonymise(number, pseudonym);

        assertThat(figures()).isEqualTo(before);
        assertThat(personalData.heldAbout(number)).isEmpty();
        assertThat(personalData.heldAbout(pseudonym)).isEqualTo(held);
    }
}
