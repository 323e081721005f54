package lu.adem.tremplin.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.PersonalData;

/**
 * The exits from the register imported from Adem's employment-outcome export. Anonymised like the pilot
 * facts: the pseudonym replaces the registration number, the day and kind of exit stay, so the exit to
 * employment figure is exactly the same.
 */
@Component
class EmploymentPersonalData implements PersonalData {

    static final String SECTION = "employment";

    private final JdbcClient jdbc;

    EmploymentPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        return jdbc.sql("select exited_on, exit_kind, imported_at from employment_outcome"
                        + " where registration_number = ? order by exited_on")
                .param(registrationNumber)
                .query((rs, row) -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("exitedOn", rs.getDate("exited_on").toLocalDate());
                    record.put("exitKind", rs.getString("exit_kind"));
                    record.put("importedAt", rs.getTimestamp("imported_at").toLocalDateTime());
                    return record;
                })
                .list();
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        jdbc.sql("update employment_outcome set registration_number = ? where registration_number = ?")
                .params(pseudonym, registrationNumber)
                .update();
    }
}
