package lu.adem.tremplin.clubemploi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.PersonalData;

/**
 * A jobseeker's bookings of supported sessions. Anonymised, the bookings stay under the pseudonym: the seats
 * they took stay taken, and the clubs' attendance stays counted.
 */
@Component
class ClubPersonalData implements PersonalData {

    static final String SECTION = "clubs";

    private final JdbcClient jdbc;

    ClubPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return SECTION;
    }

    @Override
    public List<Map<String, Object>> heldAbout(String registrationNumber) {
        return jdbc.sql("select club, starts_at, status, created_at from club_booking where jobseeker_id = ?"
                        + " order by starts_at, id")
                .param(registrationNumber)
                .query((rs, row) -> {
                    Map<String, Object> record = new LinkedHashMap<>();
                    record.put("club", rs.getString("club"));
                    record.put("startsAt", rs.getTimestamp("starts_at").toLocalDateTime());
                    record.put("status", rs.getString("status"));
                    record.put("createdAt", rs.getTimestamp("created_at").toLocalDateTime());
                    return record;
                })
                .list();
    }

    @Override
    public void anonymise(String registrationNumber, String pseudonym) {
        jdbc.sql("update club_booking set jobseeker_id = ? where jobseeker_id = ?")
                .params(pseudonym, registrationNumber)
                .update();
    }
}
