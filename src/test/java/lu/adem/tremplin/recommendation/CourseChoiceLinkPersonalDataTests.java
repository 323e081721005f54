package lu.adem.tremplin.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.support.TestData;

/** Course choice links by status and course only, never the token's hash, and anonymised, on H2 with the migrations. */
@JdbcTest
@Import({CourseChoiceLinkPersonalData.class, EngineClock.class})
class CourseChoiceLinkPersonalDataTests {

    @Autowired
    CourseChoiceLinkPersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    private void link(
            String number,
            String hash,
            LocalDateTime created,
            LocalDateTime expires,
            LocalDateTime used,
            String course) {
        jdbc.sql(
                        "insert into course_choice_link (token_hash, jobseeker_id, process_instance_id, language,"
                                + " created_at, expires_at, used_at, chosen_course_id) values (?, ?, 'instance-1', 'de', ?, ?, ?, ?)")
                .params(hash, number, created, expires, used, course)
                .update();
    }

    @Test
    void shouldShowEachLinkAsValidUsedOrExpiredWithItsCourseButNeverItsHash() {
        LocalDateTime now = LocalDateTime.now(clock);
        String number = TestData.registrationNumber();
        String hash = "hash-" + TestData.uniqueId();
        link(number, hash + "1", now.minusDays(20), now.minusDays(13), null, null);
        link(number, hash + "2", now.minusDays(10), now.plusDays(4), now.minusDays(9), "7100001");
        link(number, hash + "3", now.minusDays(1), now.plusDays(6), null, null);

        List<Map<String, Object>> held = personalData.heldAbout(number);

        assertThat(held).extracting(link -> link.get("status")).containsExactly("expired", "used", "valid");
        assertThat(held.get(1))
                .containsEntry("language", "de")
                .containsEntry("course", "7100001")
                .containsEntry("usedAt", now.minusDays(9));
        assertThat(held).allSatisfy(link -> assertThat(link.values().toString()).doesNotContain(hash));
    }

    @Test
    void shouldExpireAValidLinkAndKeyTheLinksByThePseudonym() {
        LocalDateTime now = LocalDateTime.now(clock);
        String number = TestData.registrationNumber();
        String pseudonym = "X" + TestData.uniqueId();
        String hash = "hash-" + TestData.uniqueId();
        link(number, hash + "1", now.minusDays(10), now.plusDays(4), now.minusDays(9), "7100001");
        link(number, hash + "2", now.minusDays(1), now.plusDays(6), null, null);

        personalData.anonymise(number, pseudonym);

        assertThat(personalData.heldAbout(number)).isEmpty();
        assertThat(personalData.heldAbout(pseudonym))
                .extracting(link -> link.get("status"))
                .containsExactly("used", "expired");
    }
}
