package lu.adem.tremplin.shared;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A table of personal links that each point at a case waiting for the jobseeker (the self-assessment, the online
 * course choice): columns {@code token_hash, jobseeker_id, process_instance_id, language, created_at,
 * expires_at, used_at}. Only the token's hash is kept ({@link PersonalLinkTokens}); a link is used once, by one
 * conditional update whose row count tells whether this request was first; a new link of a case expires the
 * case's unused ones. Times are the engine's (the one clock), so a link expires exactly when the case stops
 * waiting for it.
 */
public class CaseLinkTable {

    /** A stored link as the public page needs it. */
    public record Link(
            String jobseekerId,
            String processInstanceId,
            String language,
            LocalDateTime expiresAt,
            LocalDateTime usedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String table;

    /** {@code table} is the module's own table, a name from the code, never from a request. */
    protected CaseLinkTable(JdbcClient jdbc, Clock clock, String table) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.table = table;
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Creates a link for the waiting case and returns its token; earlier unused links of the case expire now. */
    public String create(String jobseekerId, String processInstanceId, String language, LocalDateTime expiresAt) {
        String token = PersonalLinkTokens.create();
        expireFor(processInstanceId);
        jdbc.sql("insert into " + table + " (token_hash, jobseeker_id, process_instance_id, language, created_at,"
                        + " expires_at) values (:hash, :jobseeker, :instance, :language, :now, :expires)")
                .param("hash", PersonalLinkTokens.hash(token))
                .param("jobseeker", jobseekerId)
                .param("instance", processInstanceId)
                .param("language", language)
                .param("now", now())
                .param("expires", expiresAt)
                .update();
        return token;
    }

    public Optional<Link> find(String token) {
        return jdbc.sql("select * from " + table + " where token_hash = :hash")
                .param("hash", PersonalLinkTokens.hash(token))
                .query((rs, row) -> new Link(
                        rs.getString("jobseeker_id"),
                        rs.getString("process_instance_id"),
                        rs.getString("language"),
                        rs.getTimestamp("expires_at").toLocalDateTime(),
                        rs.getTimestamp("used_at") == null
                                ? null
                                : rs.getTimestamp("used_at").toLocalDateTime()))
                .optional();
    }

    /**
     * Marks the link used if it is still unused and unexpired, also setting {@code column} (a name from the code,
     * or null for none) to {@code value}; false if another request was first (a double click, a second tab).
     */
    protected boolean markUsed(String token, String column, Object value) {
        String also = column == null ? "" : ", " + column + " = :value";
        var update = jdbc.sql("update " + table + " set used_at = :now" + also
                        + " where token_hash = :hash and used_at is null and expires_at > :now")
                .param("now", now())
                .param("hash", PersonalLinkTokens.hash(token));
        return (column == null ? update : update.param("value", value)).update() == 1;
    }

    /** Expires the unused links of a case that no longer waits for them. */
    public void expireFor(String processInstanceId) {
        LocalDateTime now = now();
        jdbc.sql("update " + table + " set expires_at = :now where process_instance_id = :instance"
                        + " and used_at is null and expires_at > :now")
                .param("now", now)
                .param("instance", processInstanceId)
                .update();
    }
}
