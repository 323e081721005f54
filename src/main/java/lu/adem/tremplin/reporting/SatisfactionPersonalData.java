package lu.adem.tremplin.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A jobseeker's satisfaction surveys: when and why asked, the link's status (never its hash), and their answers,
 * comment included. Anonymised, the comment (free text) is removed and a link still valid expires at once; the
 * pseudonym replaces the registration number and the other answers stay, so the review's figures are unchanged.
 */
@Component
class SatisfactionPersonalData implements lu.adem.tremplin.shared.PersonalData {

    static final String SECTION = "satisfaction";

    private final JdbcClient jdbc;
    private final Clock clock;

    SatisfactionPersonalData(JdbcClient jdbc, Clock clock) {
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
        return jdbc.sql("select * from satisfaction_survey where registration_number = ? order by created_at, id")
                .param(registrationNumber)
                .query((rs, row) -> {
                    LocalDateTime expires = rs.getTimestamp("expires_at").toLocalDateTime();
                    Timestamp used = rs.getTimestamp("used_at");
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("occasion", rs.getString("occasion_kind"));
                    record.put("status", used != null ? "answered" : expires.isAfter(now) ? "valid" : "expired");
                    record.put("language", rs.getString("language"));
                    record.put("sentAt", rs.getTimestamp("created_at").toLocalDateTime());
                    record.put("expiresAt", expires);
                    record.put("answeredAt", used == null ? null : used.toLocalDateTime());
                    if (used != null) {
                        record.put("satisfaction", rs.getInt("satisfaction"));
                        record.put("wouldRecommend", rs.getBoolean("would_recommend"));
                        record.put("helped", rs.getString("helped"));
                        record.put("missing", rs.getString("missing"));
                        record.put("comment", rs.getString("answer_comment"));
                    }
                    return record;
                })
                .list();
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("update satisfaction_survey set expires_at = ? where registration_number = ? and used_at is null"
                        + " and expires_at > ?")
                .params(now, registrationNumber, now)
                .update();
        // the month-3 occasion's key is made of the number: it takes the pseudonym too
        jdbc.sql("update satisfaction_survey set registration_number = ?, occasion = replace(occasion, ?, ?),"
                        + " answer_comment = null where registration_number = ?")
                .params(pseudonym, registrationNumber, pseudonym, registrationNumber)
                .update();
    }
}
