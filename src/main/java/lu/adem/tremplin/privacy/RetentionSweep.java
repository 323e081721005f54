package lu.adem.tremplin.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.pilot.Pilot;
import lu.adem.tremplin.shared.engine.tables.CaseEnds;

/**
 * Anonymises the jobseekers whose retention period ended (reason "retention period ended"): every case of
 * theirs ended longer ago than {@link RetentionSettings#jobseekerAfterLastCase()}, and the pilot's
 * evaluation window has closed. Drops access log entries older than their period, and empties the texts of
 * messages older than theirs. Runs nightly; on several
 * nodes sharing one database, a lease row ({@code retention_sweep}, taken by one conditional update) lets
 * one node sweep at a time, and the pseudonym's primary key refuses a second anonymisation of anyone.
 */
@Service
public class RetentionSweep {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);
    static final String BY = "retention";
    private static final int MOST_AT_ONCE = 10_000;

    /** When the sweep last ran and how many jobseekers it anonymised then. */
    public record LastRun(LocalDateTime at, int anonymised) {}

    private final RetentionSettings settings;
    private final Anonymisation anonymisation;
    private final CaseEnds caseEnds;
    private final Pilot pilot;
    private final Outbox outbox;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String node = UUID.randomUUID().toString();

    RetentionSweep(
            RetentionSettings settings,
            Anonymisation anonymisation,
            CaseEnds caseEnds,
            Pilot pilot,
            Outbox outbox,
            JdbcClient jdbc,
            Clock clock) {
        this.settings = settings;
        this.anonymisation = anonymisation;
        this.caseEnds = caseEnds;
        this.pilot = pilot;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${tremplin.retention.sweep-cron:0 30 1 * * *}", zone = "Europe/Luxembourg")
    void nightly() {
        sweep();
    }

    /** Anonymises everyone due now; empty when another node holds the sweep. */
    public Optional<Integer> sweep() {
        LocalDateTime now = LocalDateTime.now(clock);
        int taken = jdbc.sql("update retention_sweep set leased_until = ?, leased_by = ?"
                        + " where id = 1 and (leased_until is null or leased_until < ?)")
                .params(now.plus(settings.sweepLease()), node, now)
                .update();
        if (taken == 0) {
            return Optional.empty();
        }
        int anonymised = 0;
        try {
            for (String registrationNumber : due()) {
                try {
                    anonymisation.anonymise(
                            registrationNumber, Anonymisation.RETENTION_REASON, BY, Anonymisation.Trigger.RETENTION);
                    anonymised++;
                } catch (RuntimeException e) {
                    LOG.warn("Retention sweep: one anonymisation failed, the next sweep retries it", e);
                }
            }
            jdbc.sql("delete from access_log where at < ?")
                    .param(now.minus(settings.accessLog()))
                    .update();
            outbox.forgetTextsBefore(now.minus(settings.outboxText()));
        } finally {
            jdbc.sql("update retention_sweep set leased_until = null, leased_by = null, last_run_at = ?,"
                            + " last_anonymised = ? where id = 1 and leased_by = ?")
                    .params(LocalDateTime.now(clock), anonymised, node)
                    .update();
        }
        LOG.info("Retention sweep: {} jobseekers anonymised", anonymised);
        return Optional.of(anonymised);
    }

    /** The registration numbers due now: none before the pilot's evaluation window closed. */
    public List<String> due() {
        LocalDate today = LocalDate.now(clock);
        if (!today.isAfter(evaluationEnds())) {
            return List.of();
        }
        Instant before = ZonedDateTime.now(clock)
                .minus(settings.jobseekerAfterLastCase())
                .toInstant();
        return caseEnds.allEndedBefore(before, MOST_AT_ONCE).stream()
                .map(CaseEnds.LastEnd::businessKey)
                .filter(key -> !anonymisation.isPseudonym(key))
                .toList();
    }

    /** The last day of the pilot's evaluation window: no jobseeker is anonymised by retention before it. */
    public LocalDate evaluationEnds() {
        return pilot.current().end().plus(settings.evaluationWindow());
    }

    public Optional<LastRun> lastRun() {
        return jdbc.sql(
                        "select last_run_at, last_anonymised from retention_sweep where id = 1 and last_run_at is not null")
                .query((rs, row) -> new LastRun(rs.getTimestamp(1).toLocalDateTime(), rs.getInt(2)))
                .optional();
    }
}
