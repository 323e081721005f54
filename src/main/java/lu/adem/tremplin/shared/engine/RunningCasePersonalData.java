package lu.adem.tremplin.shared.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.PersonalData;

/**
 * The keys of a jobseeker's running cases ({@code running_case}, see {@link OneRunningCase}): the registration
 * number, or for a follow-up the number, a colon and the course. Anonymised, the number part becomes the
 * pseudonym (the course stays), so a case still running keeps its one-per-key guard.
 */
@Component
class RunningCasePersonalData implements PersonalData {

    static final String SECTION = "runningCases";

    private final JdbcClient jdbc;

    RunningCasePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        return jdbc.sql("select process_key, business_key, started_at from running_case"
                        + " where business_key = ? or business_key like ? escape '!' order by started_at, process_key")
                .params(registrationNumber, followUpKeys(registrationNumber))
                .query((rs, row) -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("process", rs.getString("process_key"));
                    record.put("caseKey", rs.getString("business_key"));
                    record.put("startedAt", rs.getTimestamp("started_at").toLocalDateTime());
                    return record;
                })
                .list();
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        for (Map<String, Object> running : heldAbout(registrationNumber)) {
            String key = (String) running.get("caseKey");
            jdbc.sql("update running_case set business_key = ? where process_key = ? and business_key = ?")
                    .params(pseudonym + key.substring(registrationNumber.length()), running.get("process"), key)
                    .update();
        }
    }

    /** The LIKE pattern of the number's keys with a course ({@code number:course}), its wildcards escaped. */
    private static String followUpKeys(String registrationNumber) {
        return registrationNumber.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ":%";
    }
}
