package lu.adem.tremplin.reporting;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lu.adem.tremplin.shared.PersonalLinkTokens;

/**
 * The survey's occasions and their personal links ({@code satisfaction_survey}). A token is 256 random bits, sent
 * to the jobseeker and never stored: the table keeps its SHA-256 hash only. One row per occasion (a unique key).
 */
@Repository
class SurveyLinks {

    /** Why a jobseeker is asked. */
    enum OccasionKind {
        COURSE_COMPLETED,
        COURSE_ABANDONED,
        MONTH_3
    }

    /** An occasion to ask, with the groups its answers will count in. */
    record Occasion(
            String key, OccasionKind kind, String registrationNumber, String agency, String route, String courseType) {}

    /** A stored link as the public page needs it. */
    record Link(long id, String language, LocalDateTime expiresAt, LocalDateTime usedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    SurveyLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    boolean asked(String occasionKey) {
        return jdbc.sql("select count(*) from satisfaction_survey where occasion = :key")
                        .param("key", occasionKey)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Records the occasion with a new link and returns its token; a second row for one occasion is refused. */
    String create(Occasion occasion, String language, LocalDateTime expiresAt) {
        String token = PersonalLinkTokens.create();
        jdbc.sql("insert into satisfaction_survey (occasion, occasion_kind, registration_number, token_hash, language,"
                        + " agency, route, course_type, created_at, expires_at) values (:occasion, :kind, :number,"
                        + " :hash, :language, :agency, :route, :type, :now, :expires)")
                .param("occasion", occasion.key())
                .param("kind", occasion.kind().name())
                .param("number", occasion.registrationNumber())
                .param("hash", hash(token))
                .param("language", language)
                .param("agency", occasion.agency())
                .param("route", occasion.route())
                .param("type", occasion.courseType())
                .param("now", now())
                .param("expires", expiresAt)
                .update();
        return token;
    }

    Optional<Link> find(String token) {
        if (!PersonalLinkTokens.plausible(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select id, language, expires_at, used_at from satisfaction_survey where token_hash = :hash")
                .param("hash", hash(token))
                .query((rs, row) -> new Link(
                        rs.getLong("id"),
                        rs.getString("language"),
                        rs.getTimestamp("expires_at").toLocalDateTime(),
                        rs.getTimestamp("used_at") == null
                                ? null
                                : rs.getTimestamp("used_at").toLocalDateTime()))
                .optional();
    }

    /** Keeps the answers if the link is still unused and unexpired; false if another request was first. */
    boolean answer(String token, SurveyAnswers answers) {
        LocalDateTime now = now();
        return jdbc.sql("update satisfaction_survey set used_at = :now, satisfaction = :satisfaction,"
                                + " would_recommend = :recommend, helped = :helped, missing = :missing,"
                                + " answer_comment = :comment where token_hash = :hash and used_at is null"
                                + " and expires_at > :now")
                        .param("now", now)
                        .param("satisfaction", answers.satisfaction())
                        .param("recommend", answers.wouldRecommend())
                        .param("helped", SurveyAnswers.codes(answers.helped()))
                        .param("missing", SurveyAnswers.codes(answers.missing()))
                        .param("comment", answers.comment())
                        .param("hash", hash(token))
                        .update()
                == 1;
    }

    static String hash(String token) {
        return PersonalLinkTokens.hash(token);
    }
}
