package lu.adem.tremplin.learningplatform.simulator;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;

import lu.adem.tremplin.learningplatform.AccountActivated;
import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.learningplatform.PlatformCalls;
import lu.adem.tremplin.learningplatform.PlatformUnavailable;
import lu.adem.tremplin.learningplatform.ProgressReported;

/**
 * A local SIMULATOR of the learning platform, not the platform: it keeps invited accounts in
 * Tremplin's own database (table {@code platform_simulator_account}) so that demos and tests can run
 * without the partner API. A demo user activates accounts and can switch the simulated platform
 * "down" to see retries and incidents. The real adapter is {@code HttpLearningPlatform}.
 *
 * <p>The "down" switch is a row of the database (table {@code platform_simulator_state}, Flyway V18), read on
 * each call: every node sharing the database sees the same simulated platform, up or down.
 */
@Component
@ConditionalOnProperty(name = "tremplin.learning-platform.mode", havingValue = "simulator", matchIfMissing = true)
public class LearningPlatformSimulator implements LearningPlatform {

    private static final Logger log = LoggerFactory.getLogger(LearningPlatformSimulator.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PlatformCalls calls;

    LearningPlatformSimulator(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.calls = new PlatformCalls(registry, "simulator");
        log.warn(
                "Learning platform: SIMULATOR in use (tremplin.learning-platform.mode=simulator); no data leaves Tremplin");
    }

    @Override
    @Transactional
    public Invitation invite(Member member) {
        return calls.timed("invite", () -> {
            failIfDown();
            Optional<AccountStatus> existing = status(member.externalId());
            if (existing.isPresent()) {
                return new Invitation(member.externalId(), existing.get());
            }
            jdbc.sql("insert into platform_simulator_account (external_id, team, language, status, invited_at) "
                            + "values (:id, :team, :language, 'INVITED', :now)")
                    .param("id", member.externalId())
                    .param("team", member.team())
                    .param("language", member.language())
                    .param("now", LocalDateTime.now(clock))
                    .update();
            log.info("Simulator: invited {} into team {}", member.externalId(), member.team());
            return new Invitation(member.externalId(), AccountStatus.INVITED);
        });
    }

    @Override
    public AccountStatus accountStatus(String externalId) {
        return calls.timed("status", () -> {
            failIfDown();
            return status(externalId).orElse(AccountStatus.NOT_INVITED);
        });
    }

    @Override
    @Transactional
    public Enrolment enrol(String externalId, String courseId) {
        return calls.timed("enrol", () -> {
            failIfDown();
            if (status(externalId).isEmpty()) {
                throw new PlatformUnavailable("Simulator: " + externalId + " was never invited");
            }
            boolean known = jdbc.sql(
                                    "select count(*) from platform_simulator_enrolment where external_id = :id and course_id = :course")
                            .param("id", externalId)
                            .param("course", courseId)
                            .query(Integer.class)
                            .single()
                    > 0;
            if (!known) {
                jdbc.sql(
                                "insert into platform_simulator_enrolment (external_id, course_id, enrolled_at, progress, minutes_spent) "
                                        + "values (:id, :course, :now, 0, 0)")
                        .param("id", externalId)
                        .param("course", courseId)
                        .param("now", LocalDateTime.now(clock))
                        .update();
                log.info("Simulator: enrolled {} in course {}", externalId, courseId);
            }
            return new Enrolment(externalId, courseId);
        });
    }

    @Override
    public Progress progress(String externalId, String courseId) {
        return calls.timed("progress", () -> {
            failIfDown();
            return jdbc.sql(
                            "select * from platform_simulator_enrolment where external_id = :id and course_id = :course")
                    .param("id", externalId)
                    .param("course", courseId)
                    .query((rs, row) -> new Progress(
                            externalId,
                            courseId,
                            rs.getInt("progress"),
                            rs.getInt("minutes_spent"),
                            instant(rs.getTimestamp("last_activity_at")),
                            instant(rs.getTimestamp("completed_at")),
                            instant(rs.getTimestamp("certificate_at"))))
                    .optional()
                    .orElseThrow(() ->
                            new PlatformUnavailable("Simulator: " + externalId + " is not enrolled in " + courseId));
        });
    }

    /**
     * Plays the jobseeker working on a course: progress goes up by {@code points} (capped at 100, which
     * completes the course) with 30 minutes per 10 points; {@code certificate} issues the certificate
     * of a completed course.
     */
    @Transactional
    public void advance(String externalId, String courseId, int points, boolean certificate) {
        // read back as instants (progress), so stored as one
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql(
                        "update platform_simulator_enrolment set progress = least(100, progress + :points), "
                                + "minutes_spent = minutes_spent + :minutes, last_activity_at = :now where external_id = :id and course_id = :course")
                .param("points", points)
                .param("minutes", points * 3)
                .param("now", now)
                .param("id", externalId)
                .param("course", courseId)
                .update();
        jdbc.sql(
                        "update platform_simulator_enrolment set completed_at = :now where external_id = :id and course_id = :course "
                                + "and progress = 100 and completed_at is null")
                .param("now", now)
                .param("id", externalId)
                .param("course", courseId)
                .update();
        if (certificate) {
            jdbc.sql("update platform_simulator_enrolment set certificate_at = :now where external_id = :id "
                            + "and course_id = :course and completed_at is not null and certificate_at is null")
                    .param("now", now)
                    .param("id", externalId)
                    .param("course", courseId)
                    .update();
        }
        log.info(
                "Simulator: {} advanced {} points in course {}{}",
                externalId,
                points,
                courseId,
                certificate ? " (certificate)" : "");
        events.publishEvent(new ProgressReported(externalId, courseId));
    }

    /** The simulated enrolments, newest first (for the control panel). */
    public List<Progress> enrolments(int limit) {
        return jdbc.sql(
                        "select * from platform_simulator_enrolment order by enrolled_at desc fetch first :limit rows only")
                .param("limit", limit)
                .query((rs, row) -> new Progress(
                        rs.getString("external_id"),
                        rs.getString("course_id"),
                        rs.getInt("progress"),
                        rs.getInt("minutes_spent"),
                        instant(rs.getTimestamp("last_activity_at")),
                        instant(rs.getTimestamp("completed_at")),
                        instant(rs.getTimestamp("certificate_at"))))
                .list();
    }

    private static java.time.Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    @Override
    public String name() {
        return "simulator";
    }

    /** What a jobseeker does on the real platform: activates the invited account. */
    public boolean activate(String externalId) {
        int updated = jdbc.sql("update platform_simulator_account set status = 'ACTIVE', activated_at = :now "
                        + "where external_id = :id and status = 'INVITED'")
                .param("now", LocalDateTime.now(clock))
                .param("id", externalId)
                .update();
        if (updated == 1) {
            log.info("Simulator: {} activated the account", externalId);
            events.publishEvent(new AccountActivated(externalId));
        }
        return updated == 1;
    }

    /** Simulates an outage: every call fails, on every node of this database, until switched back. */
    public void setDown(boolean down) {
        jdbc.sql("update platform_simulator_state set down = :down, changed_at = :now where id = 1")
                .param("down", down)
                .param("now", LocalDateTime.now(clock))
                .update();
        log.warn("Simulator: platform is now {}", down ? "DOWN" : "up");
    }

    /** Whether the simulated platform is switched down (on any node: the switch is in the database). */
    public boolean isDown() {
        return jdbc.sql("select down from platform_simulator_state where id = 1")
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** The simulated accounts, newest first. */
    public List<SimulatedAccount> accounts(int limit) {
        return jdbc.sql("select external_id, team, status, invited_at, activated_at from platform_simulator_account "
                        + "order by invited_at desc offset 0 rows fetch next :limit rows only")
                .param("limit", limit)
                .query((rs, row) -> new SimulatedAccount(
                        rs.getString("external_id"),
                        rs.getString("team"),
                        AccountStatus.valueOf(rs.getString("status")),
                        rs.getTimestamp("invited_at").toLocalDateTime(),
                        rs.getTimestamp("activated_at") == null
                                ? null
                                : rs.getTimestamp("activated_at").toLocalDateTime()))
                .list();
    }

    public record SimulatedAccount(
            String externalId, String team, AccountStatus status, LocalDateTime invitedAt, LocalDateTime activatedAt) {}

    private Optional<AccountStatus> status(String externalId) {
        return jdbc.sql("select status from platform_simulator_account where external_id = :id")
                .param("id", externalId)
                .query(String.class)
                .optional()
                .map(AccountStatus::valueOf);
    }

    private void failIfDown() {
        if (isDown()) {
            throw new PlatformUnavailable("Simulated outage of the learning platform (simulator switched down)");
        }
    }
}
