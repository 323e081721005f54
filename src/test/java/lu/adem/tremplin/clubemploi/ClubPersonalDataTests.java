package lu.adem.tremplin.clubemploi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.support.TestData;

/** A jobseeker's club bookings in the subject access file, and anonymised, on H2 with the migrations. */
@JdbcTest
@Import(ClubPersonalData.class)
class ClubPersonalDataTests {

    static final LocalDateTime SESSION = LocalDateTime.of(2026, 3, 4, 9, 0);

    @Autowired
    ClubPersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    private void booking(String number, LocalDateTime startsAt) {
        jdbc.sql("insert into club_booking (club, starts_at, jobseeker_id, status, created_at)"
                        + " values ('esch', ?, ?, 'BOOKED', ?)")
                .params(startsAt, number, startsAt.minusDays(2))
                .update();
    }

    @Test
    void shouldListTheBookingsAndKeepThemUnderThePseudonym() {
        String number = TestData.registrationNumber();
        String other = TestData.registrationNumber();
        String pseudonym = "X" + TestData.uniqueId();
        booking(number, SESSION.plusDays(7));
        booking(number, SESSION);
        booking(other, SESSION);

        assertThat(personalData.heldAbout(number))
                .extracting(record -> record.get("startsAt"))
                .containsExactly(SESSION, SESSION.plusDays(7));
        assertThat(personalData.heldAbout(number).get(0))
                .containsEntry("club", "esch")
                .containsEntry("status", "BOOKED")
                .containsEntry("createdAt", SESSION.minusDays(2));

        personalData.anonymise(number, pseudonym);

        assertThat(personalData.heldAbout(number)).isEmpty();
        assertThat(personalData.heldAbout(pseudonym)).hasSize(2);
        assertThat(personalData.heldAbout(other)).hasSize(1);
    }
}
