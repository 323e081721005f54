package lu.adem.tremplin.learningplatform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.PersonalData;

/**
 * What Tremplin keeps of a jobseeker's learning: progress and certificates imported from the partner's exports
 * and, with the local simulator, its account and enrolments. The platform's external id is the registration
 * number itself, so anonymising replaces it by the pseudonym in the three tables; the percentages and dates stay
 * (the pilot's figures are counted from them). What the real platform keeps is the partner's to erase.
 */
@Component
class LearningPlatformPersonalData implements PersonalData {

    static final String SECTION = "learningPlatform";
    static final List<String> TABLES =
            List.of("platform_simulator_account", "platform_simulator_enrolment", "platform_progress");

    private final JdbcClient jdbc;

    LearningPlatformPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        List<Map<String, Object>> records = new ArrayList<>();
        records.addAll(jdbc.sql(
                        "select team, language, status, invited_at, activated_at from platform_simulator_account"
                                + " where external_id = ?")
                .param(registrationNumber)
                .query((rs, row) -> {
                    Map<String, Object> record = record("account");
                    record.put("team", rs.getString("team"));
                    record.put("language", rs.getString("language"));
                    record.put("status", rs.getString("status"));
                    record.put("invitedAt", time(rs, "invited_at"));
                    record.put("activatedAt", time(rs, "activated_at"));
                    return record;
                })
                .list());
        records.addAll(courses(registrationNumber, "enrolment", "platform_simulator_enrolment", "enrolled_at"));
        records.addAll(courses(registrationNumber, "progress", "platform_progress", "updated_at"));
        return records;
    }

    private List<Map<String, Object>> courses(String registrationNumber, String kind, String table, String since) {
        return jdbc.sql("select course_id, " + since + ", progress, minutes_spent, last_activity_at, completed_at,"
                        + " certificate_at from " + table + " where external_id = ? order by " + since + ", course_id")
                .param(registrationNumber)
                .query((rs, row) -> {
                    Map<String, Object> record = record(kind);
                    record.put("course", rs.getString("course_id"));
                    record.put(kind.equals("enrolment") ? "enrolledAt" : "updatedAt", time(rs, since));
                    record.put("progress", rs.getInt("progress"));
                    record.put("minutesSpent", rs.getInt("minutes_spent"));
                    record.put("lastActivityAt", time(rs, "last_activity_at"));
                    record.put("completedAt", time(rs, "completed_at"));
                    record.put("certificateAt", time(rs, "certificate_at"));
                    return record;
                })
                .list();
    }

    private static Map<String, Object> record(String kind) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("record", kind);
        return record;
    }

    private static Object time(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : time.toLocalDateTime();
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        for (String table : TABLES) {
            jdbc.sql("update " + table + " set external_id = ? where external_id = ?")
                    .params(pseudonym, registrationNumber)
                    .update();
        }
    }
}
