package lu.adem.tremplin.outbox;

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

/** A jobseeker's messages in the subject access file, and anonymised, on H2 with the migrations. */
@JdbcTest
@Import(OutboxPersonalData.class)
class OutboxPersonalDataTests {

    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Autowired
    OutboxPersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    private void message(String number, String dedupKey, String status, LocalDateTime at) {
        jdbc.sql("insert into outbox_message (dedup_key, jobseeker_id, kind, language, recipient, subject, body,"
                        + " status, attempts, last_error, created_at, next_attempt_at, sent_at)"
                        + " values (?, ?, 'INVITATION', 'fr', 'leila@example.lu', 'Bienvenue Leila',"
                        + " 'Bonjour Leila Majerus', ?, 1, 'mailbox full', ?, ?, ?)")
                .params(dedupKey, number, status, at, at, status.equals("SENT") ? at : null)
                .update();
    }

    @Test
    void shouldListEveryMessageWithItsTextOldestFirst() {
        String number = TestData.registrationNumber();
        message(number, null, "PENDING", MONDAY.plusDays(1));
        message(number, "invitation:" + number, "SENT", MONDAY);

        List<Map<String, Object>> held = personalData.heldAbout(number);

        assertThat(held).hasSize(2);
        assertThat(held.get(0))
                .containsEntry("kind", "INVITATION")
                .containsEntry("language", "fr")
                .containsEntry("recipient", "leila@example.lu")
                .containsEntry("status", "SENT")
                .containsEntry("createdAt", MONDAY)
                .containsEntry("sentAt", MONDAY)
                .containsEntry("subject", "Bienvenue Leila")
                .containsEntry("body", "Bonjour Leila Majerus");
        assertThat(held.get(1)).containsEntry("status", "PENDING").containsEntry("sentAt", null);
    }

    @Test
    void shouldEmptyAddressesAndTextsAndKeyTheMessagesByThePseudonym() {
        String number = TestData.registrationNumber();
        String other = TestData.registrationNumber();
        String pseudonym = "X" + TestData.uniqueId();
        message(number, "invitation:" + number, "SENT", MONDAY);
        message(number, null, "PENDING", MONDAY.plusDays(1));
        message(other, "invitation:" + other, "SENT", MONDAY);

        personalData.anonymise(number, pseudonym);

        assertThat(personalData.heldAbout(number)).isEmpty();
        List<Map<String, Object>> held = personalData.heldAbout(pseudonym);
        assertThat(held)
                .hasSize(2)
                .allSatisfy(message -> assertThat(message)
                        .containsEntry("recipient", null)
                        .containsEntry("subject", "")
                        .containsEntry("body", "")
                        .containsEntry("kind", "INVITATION"));
        assertThat(held.get(0)).containsEntry("status", "SENT").containsEntry("sentAt", MONDAY);
        assertThat(held.get(1))
                .as("a message still waiting is not sent to nobody")
                .containsEntry("status", "NO_ADDRESS");
        assertThat(jdbc.sql("select dedup_key from outbox_message where jobseeker_id = ? and dedup_key is not null")
                        .param(pseudonym)
                        .query(String.class)
                        .single())
                .isEqualTo("invitation:" + pseudonym);
        assertThat(jdbc.sql("select count(*) from outbox_message where last_error is not null and jobseeker_id = ?")
                        .param(pseudonym)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(personalData.heldAbout(other).get(0)).containsEntry("body", "Bonjour Leila Majerus");
    }
}
