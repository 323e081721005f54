package lu.adem.tremplin.recommendation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.PersonalData;

/**
 * A jobseeker's course choice links, by status (valid, used, expired), dates and the course chosen with
 * each: never the token's hash, which says nothing about the person and would only help someone guess a
 * link. Anonymised, the links stay under the pseudonym (the pilot's counts need no name), and one still
 * valid expires at once.
 */
@Component
class CourseChoiceLinkPersonalData implements PersonalData {

    static final String SECTION = "courseChoiceLinks";

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseChoiceLinkPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        LocalDateTime now = LocalDateTime.now(clock);
        return jdbc.sql("select language, created_at, expires_at, used_at, chosen_course_id from course_choice_link"
                        + " where jobseeker_id = ? order by created_at, id")
                .param(registrationNumber)
                .query((rs, row) -> {
                    LocalDateTime expires = rs.getTimestamp("expires_at").toLocalDateTime();
                    Timestamp used = rs.getTimestamp("used_at");
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("status", used != null ? "used" : expires.isAfter(now) ? "valid" : "expired");
                    record.put("language", rs.getString("language"));
                    record.put("createdAt", rs.getTimestamp("created_at").toLocalDateTime());
                    record.put("expiresAt", expires);
                    record.put("usedAt", used == null ? null : used.toLocalDateTime());
                    record.put("course", rs.getString("chosen_course_id"));
                    return record;
                })
                .list();
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("update course_choice_link set expires_at = ? where jobseeker_id = ? and used_at is null"
                        + " and expires_at > ?")
                .params(now, registrationNumber, now)
                .update();
        jdbc.sql("update course_choice_link set jobseeker_id = ? where jobseeker_id = ?")
                .params(pseudonym, registrationNumber)
                .update();
    }
}
