package lu.adem.tremplin.shared.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The failed sign-ins counted per account and per client address (table {@code sign_in_failure}, V16). */
@Repository
class SignInFailures {

    /** The failures counted against one key, and the end of its current delay (null while attempts are free). */
    record Count(SignInKey key, int failures, Instant lastFailureAt, Instant lockedUntil) {

        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key's count, its row locked until the transaction ends so that nodes count one attempt at a time. */
    Optional<Count> lock(SignInKey key) {
        return jdbc.sql("select kind, subject, failures, last_failure_at, locked_until from sign_in_failure "
                        + "where kind = :kind and subject = :subject for update")
                .param("kind", key.kind().name())
                .param("subject", key.subject())
                .query(SignInFailures::count)
                .optional();
    }

    /** Stores a key's count; throws {@code DuplicateKeyException} when another attempt inserted it meanwhile. */
    void save(Count count, boolean existing) {
        String sql = existing
                ? "update sign_in_failure set failures = :failures, last_failure_at = :at, locked_until = :until "
                        + "where kind = :kind and subject = :subject"
                : "insert into sign_in_failure (kind, subject, failures, last_failure_at, locked_until) "
                        + "values (:kind, :subject, :failures, :at, :until)";
        jdbc.sql(sql)
                .param("kind", count.key().kind().name())
                .param("subject", count.key().subject())
                .param("failures", count.failures())
                .param("at", utc(count.lastFailureAt()))
                .param("until", utc(count.lockedUntil()))
                .update();
    }

    void delete(SignInKey key) {
        jdbc.sql("delete from sign_in_failure where kind = :kind and subject = :subject")
                .param("kind", key.kind().name())
                .param("subject", key.subject())
                .update();
    }

    /** Keys whose attempts are refused at this instant, the latest delay first. */
    List<Count> lockedAt(Instant now) {
        return jdbc.sql("select kind, subject, failures, last_failure_at, locked_until from sign_in_failure "
                        + "where locked_until > :now order by locked_until desc, kind, subject")
                .param("now", utc(now))
                .query(SignInFailures::count)
                .list();
    }

    /** Deletes the counts without a failure since {@code before} and not delayed at {@code now}; returns how many. */
    int forget(Instant before, Instant now) {
        return jdbc.sql("delete from sign_in_failure where last_failure_at < :before "
                        + "and (locked_until is null or locked_until <= :now)")
                .param("before", utc(before))
                .param("now", utc(now))
                .update();
    }

    private static Count count(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
        return new Count(
                new SignInKey(SignInLock.Kind.valueOf(rs.getString("kind")), rs.getString("subject")),
                rs.getInt("failures"),
                rs.getObject("last_failure_at", OffsetDateTime.class).toInstant(),
                lockedUntil == null ? null : lockedUntil.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
