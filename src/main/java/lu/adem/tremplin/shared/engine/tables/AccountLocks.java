package lu.adem.tremplin.shared.engine.tables;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Accounts that Camunda's own identity service has locked after failed passwords ({@code ACT_ID_USER}),
 * so that administrators see them beside Tremplin's throttle. Camunda 7.24 has no public API for this:
 * neither {@code UserQuery} nor {@code User} knows a lock (only {@code IdentityService.unlockUser} lifts
 * one). Only with Camunda's database identity provider; another provider keeps no such locks.
 */
@Component
public class AccountLocks {

    /** A lock held by the engine: the account, its failed attempts and when the lock ends. */
    public record EngineLock(String userId, int attempts, Instant until) {}

    private final JdbcClient jdbc;

    AccountLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The accounts whose lock ends after {@code now}. */
    public List<EngineLock> lockedAt(Instant now) {
        return jdbc.sql("select ID_, ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER where LOCK_EXP_TIME_ > :now")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new EngineLock(
                        rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .list();
    }
}
