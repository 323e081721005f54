package lu.adem.tremplin.reporting;

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
 * The pilot's facts about a jobseeker: one row per onboarding case and per followed course. Anonymised, only
 * the registration number becomes the pseudonym; every date, route, agency and progress stays, so the pilot
 * review's figures are exactly the same (a stable pseudonym still counts one jobseeker once).
 */
@Component
class PilotPersonalData implements PersonalData {

    static final String SECTION = "pilot";

    private final JdbcClient jdbc;

    PilotPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        List<Map<String, Object>> records = new ArrayList<>();
        records.addAll(jdbc.sql("select case_id, agency, route, proposed_at, invited_at, activated_at, ended_at"
                        + " from pilot_journey where registration_number = ? order by proposed_at, case_id")
                .param(registrationNumber)
                .query((rs, row) -> {
                    Map<String, Object> record = record("journey", rs);
                    record.put("proposedAt", time(rs, "proposed_at"));
                    record.put("invitedAt", time(rs, "invited_at"));
                    record.put("activatedAt", time(rs, "activated_at"));
                    record.put("endedAt", time(rs, "ended_at"));
                    return record;
                })
                .list());
        records.addAll(jdbc.sql("select case_id, agency, route, course_id, started_at, progress, completed_at,"
                        + " certificate_at, job_found_at, ended_at from pilot_course where registration_number = ?"
                        + " order by started_at, case_id")
                .param(registrationNumber)
                .query((rs, row) -> {
                    Map<String, Object> record = record("course", rs);
                    record.put("course", rs.getString("course_id"));
                    record.put("startedAt", time(rs, "started_at"));
                    record.put("progress", rs.getInt("progress"));
                    record.put("completedAt", time(rs, "completed_at"));
                    record.put("certificateAt", time(rs, "certificate_at"));
                    record.put("jobFoundAt", time(rs, "job_found_at"));
                    record.put("endedAt", time(rs, "ended_at"));
                    return record;
                })
                .list());
        return records;
    }

    private static Map<String, Object> record(String kind, ResultSet rs) throws SQLException {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("record", kind);
        record.put("case", rs.getString("case_id"));
        record.put("agency", rs.getString("agency"));
        record.put("route", rs.getString("route"));
        return record;
    }

    private static Object time(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : time.toLocalDateTime();
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        for (String table : List.of("pilot_journey", "pilot_course")) {
            jdbc.sql("update " + table + " set registration_number = ? where registration_number = ?")
                    .params(pseudonym, registrationNumber)
                    .update();
        }
    }
}
