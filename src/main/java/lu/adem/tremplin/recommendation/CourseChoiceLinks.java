package lu.adem.tremplin.recommendation;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lu.adem.tremplin.shared.PersonalLinkTokens;

/**
 * The personal course choice links. A link's token is 256 random bits, sent to the jobseeker and never
 * stored: the table keeps its SHA-256 hash only.
 */
@Repository
class CourseChoiceLinks {

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseChoiceLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The engine's time (the one clock), so that a link expires exactly when the case stops waiting for it. */
    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** A stored link as the public page needs it. */
    record Link(
            String jobseekerId,
            String processInstanceId,
            String language,
            LocalDateTime expiresAt,
            LocalDateTime usedAt) {}

    /** Creates a link for the waiting case and returns its token; earlier unused links of the case expire now. */
    String create(String jobseekerId, String processInstanceId, String language, LocalDateTime expiresAt) {
        String token = PersonalLinkTokens.create();
        expireFor(processInstanceId);
        jdbc.sql("insert into course_choice_link (token_hash, jobseeker_id, process_instance_id, language, "
                        + "created_at, expires_at) values (:hash, :jobseeker, :instance, :language, :now, :expires)")
                .param("hash", hash(token))
                .param("jobseeker", jobseekerId)
                .param("instance", processInstanceId)
                .param("language", language)
                .param("now", now())
                .param("expires", expiresAt)
                .update();
        return token;
    }

    Optional<Link> find(String token) {
        return jdbc.sql("select * from course_choice_link where token_hash = :hash")
                .param("hash", hash(token))
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
     * Marks the link used for the course if it is still unused and unexpired; false if another request was
     * first (a double click, a second tab).
     */
    boolean use(String token, String courseId) {
        LocalDateTime now = now();
        return jdbc.sql("update course_choice_link set used_at = :now, chosen_course_id = :course"
                                + " where token_hash = :hash and used_at is null and expires_at > :now")
                        .param("now", now)
                        .param("course", courseId)
                        .param("hash", hash(token))
                        .update()
                == 1;
    }

    /** Expires the unused links of a case. */
    void expireFor(String processInstanceId) {
        LocalDateTime now = now();
        jdbc.sql("update course_choice_link set expires_at = :now where process_instance_id = :instance "
                        + "and used_at is null and expires_at > :now")
                .param("now", now)
                .param("instance", processInstanceId)
                .update();
    }

    static String hash(String token) {
        return PersonalLinkTokens.hash(token);
    }
}
