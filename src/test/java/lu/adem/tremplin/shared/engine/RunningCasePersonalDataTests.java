package lu.adem.tremplin.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.support.TestData;

/** The keys of a jobseeker's running cases, listed and anonymised on H2; a follow-up keeps its course. */
@JdbcTest
@Import(RunningCasePersonalData.class)
class RunningCasePersonalDataTests {

    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Autowired
    RunningCasePersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    private void running(String process, String key, LocalDateTime at) {
        jdbc.sql("insert into running_case (process_key, business_key, process_instance_id, started_at)"
                        + " values (?, ?, ?, ?)")
                .params(process, key, "pi-" + TestData.uniqueId(), at)
                .update();
    }

    @Test
    void shouldListTheCasesKeyedByTheNumberAloneOrWithACourse() {
        String number = TestData.registrationNumber();
        running("onboarding", number, MONDAY);
        running("follow-up", number + ":7100001", MONDAY.plusDays(5));
        running("follow-up", number + "9:7100001", MONDAY.plusDays(6));

        assertThat(personalData.heldAbout(number))
                .extracting(record -> record.get("process") + " " + record.get("caseKey"))
                .containsExactly("onboarding " + number, "follow-up " + number + ":7100001");
    }

    @Test
    void shouldReplaceTheNumberPartByThePseudonym() {
        String number = TestData.registrationNumber();
        String pseudonym = "X" + TestData.uniqueId();
        running("onboarding", number, MONDAY);
        running("follow-up", number + ":7100001", MONDAY.plusDays(5));
        running("onboarding", number + "9", MONDAY);

        personalData.anonymise(number, pseudonym);

        assertThat(personalData.heldAbout(number)).isEmpty();
        assertThat(personalData.heldAbout(pseudonym))
                .extracting(record -> record.get("caseKey"))
                .containsExactly(pseudonym, pseudonym + ":7100001");
        assertThat(personalData.heldAbout(number + "9")).hasSize(1);
    }
}
