package lu.adem.tremplin.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.PersonalData;

/**
 * Who opened, exported, imported or changed a jobseeker's data: the jobseeker may know it. Anonymised, the
 * entries stay (who accessed them stays on record) under the pseudonym.
 */
@Component
class AccessLogPersonalData implements PersonalData {

    static final String SECTION = "accessLog";

    private final JdbcClient jdbc;

    AccessLogPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        return jdbc.sql("select at, user_id, action, screen from access_log where registration_number = ?"
                        + " order by at, id")
                .param(registrationNumber)
                .query((rs, row) -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("at", rs.getTimestamp("at").toLocalDateTime());
                    record.put("user", rs.getString("user_id"));
                    record.put("action", rs.getString("action"));
                    record.put("screen", rs.getString("screen"));
                    return record;
                })
                .list();
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        jdbc.sql("update access_log set registration_number = ? where registration_number = ?")
                .params(pseudonym, registrationNumber)
                .update();
    }
}
