package lu.adem.tremplin.privacy;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.PersonalDataAccessed;

/**
 * The access log: one row per jobseeker each time a user opens, exports, imports or changes their data.
 * Written in the publisher's thread (and transaction, if any), so an access is never shown without its
 * row. Users only add rows; reading is the data protection officer's.
 */
@Service
public class AccessLog {

    /** Who acted when no user is signed in (scheduled imports, the engine's jobs). */
    static final String SYSTEM = "system";

    /** One access to one jobseeker's data. */
    public record Entry(LocalDateTime at, String userId, String action, String registrationNumber, String screen) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(PersonalDataAccessed accessed) {
        String user = CurrentUser.get().map(CurrentUser::userId).orElse(SYSTEM);
        LocalDateTime at = LocalDateTime.now(clock);
        for (String registrationNumber :
                accessed.registrationNumbers().stream().distinct().toList()) {
            jdbc.sql("insert into access_log (at, user_id, action, registration_number, screen) values (?, ?, ?, ?, ?)")
                    .params(at, user, accessed.action(), registrationNumber, accessed.screen())
                    .update();
        }
    }

    /** The latest entries about one jobseeker, newest first. */
    public List<Entry> about(String registrationNumber, int limit) {
        return jdbc.sql("select at, user_id, action, registration_number, screen from access_log"
                        + " where registration_number = ? order by at desc, id desc fetch first ? rows only")
                .params(registrationNumber, limit)
                .query(Entry.class)
                .list();
    }
}
