package lu.adem.tremplin.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.PersonalData;

/**
 * The messages written to a jobseeker, text and address included. Anonymised, a message keeps its kind,
 * language, status and dates under the pseudonym; address, subject, text and delivery error are emptied,
 * the idempotency key names the pseudonym, and a message still waiting is no longer sent (nobody to send it to).
 */
@Component
class OutboxPersonalData implements PersonalData {

    static final String SECTION = "messages";

    private final JdbcClient jdbc;

    OutboxPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        return jdbc.sql("select kind, language, recipient, subject, body, status, attempts, created_at, sent_at"
                        + " from outbox_message where jobseeker_id = ? order by created_at, id")
                .param(registrationNumber)
                .query(OutboxPersonalData::record)
                .list();
    }

    private static Map<String, Object> record(ResultSet rs, int row) throws SQLException {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("kind", rs.getString("kind"));
        record.put("language", rs.getString("language"));
        record.put("recipient", rs.getString("recipient"));
        record.put("status", rs.getString("status"));
        record.put("attempts", rs.getInt("attempts"));
        record.put("createdAt", rs.getTimestamp("created_at").toLocalDateTime());
        Timestamp sent = rs.getTimestamp("sent_at");
        record.put("sentAt", sent == null ? null : sent.toLocalDateTime());
        record.put("subject", rs.getString("subject"));
        record.put("body", rs.getString("body"));
        return record;
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        jdbc.sql("update outbox_message set jobseeker_id = ?, recipient = null, subject = '', body = '',"
                        + " last_error = null, dedup_key = replace(dedup_key, ?, ?),"
                        + " status = case when status = 'PENDING' then 'NO_ADDRESS' else status end"
                        + " where jobseeker_id = ?")
                .params(pseudonym, registrationNumber, pseudonym, registrationNumber)
                .update();
    }
}
