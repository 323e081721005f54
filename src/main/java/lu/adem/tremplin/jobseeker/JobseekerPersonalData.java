package lu.adem.tremplin.jobseeker;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.PersonalData;

/**
 * The jobseeker record itself. Anonymised, it keeps what the figures and the agency need (agency, languages,
 * whether active, target occupation) under the pseudonym; names become a neutral dash, contact and referent
 * counsellor are cleared.
 */
@Component
class JobseekerPersonalData implements PersonalData {

    static final String SECTION = "jobseeker";
    /** What an anonymised jobseeker is called: a dash, the same in every language. */
    static final String NO_NAME = "—";

    private final JdbcClient jdbc;
    private final Clock clock;

    JobseekerPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        return jdbc.sql("select registration_number, first_name, last_name, agency, referent_counsellor, languages,"
                        + " email, phone, target_occupation, active, created_at, updated_at from jobseeker"
                        + " where registration_number = ?")
                .param(registrationNumber)
                .query((rs, row) -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("registrationNumber", rs.getString("registration_number"));
                    record.put("firstName", rs.getString("first_name"));
                    record.put("lastName", rs.getString("last_name"));
                    record.put("agency", rs.getString("agency"));
                    record.put("referentCounsellor", rs.getString("referent_counsellor"));
                    record.put("languages", rs.getString("languages"));
                    record.put("email", rs.getString("email"));
                    record.put("phone", rs.getString("phone"));
                    record.put("targetOccupation", rs.getString("target_occupation"));
                    record.put("active", rs.getBoolean("active"));
                    record.put("createdAt", rs.getTimestamp("created_at").toLocalDateTime());
                    record.put("updatedAt", rs.getTimestamp("updated_at").toLocalDateTime());
                    return record;
                })
                .list();
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        // a new version, so that an edit screen opened before fails instead of writing the names back
        jdbc.sql("update jobseeker set registration_number = ?, first_name = ?, last_name = ?, email = null,"
                        + " phone = null, referent_counsellor = null, updated_at = ?, version = version + 1"
                        + " where registration_number = ?")
                .params(pseudonym, NO_NAME, NO_NAME, LocalDateTime.now(clock), registrationNumber)
                .update();
    }
}
