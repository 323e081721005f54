package lu.adem.tremplin.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due messages. Each message is first claimed by a conditional update, so that instances
 * sharing the database never send it twice; a failure is retried after 5, 10, 20, 40 minutes
 * ({@code tremplin.outbox.first-retry}, doubling), then the message is marked failed; once a message goes
 * through again, those waiting out a pause are due at the next round (the mail server is back). A claim left
 * behind by a crashed instance is released after 10 minutes. Every attempt at one message carries the same
 * Message-ID, so a copy sent twice (the server took it but its answer was lost) is recognisable (docs/adr/0026).
 */
@Component
class OutboxDelivery {

    static final int MAX_ATTEMPTS = 5;
    static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final JdbcClient jdbc;
    private final Optional<MessageSender> sender;
    private final Clock clock;
    private final Duration firstRetry;
    private final OutboxMetrics metrics;

    OutboxDelivery(
            JdbcClient jdbc,
            Optional<MessageSender> sender,
            Clock clock,
            @Value("${tremplin.outbox.first-retry:PT5M}") Duration firstRetry,
            OutboxMetrics metrics) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.metrics = metrics;
    }

    @Scheduled(
            fixedDelayString = "${tremplin.outbox.delivery-interval:PT1M}",
            initialDelayString = "${tremplin.outbox.delivery-initial-delay:PT30S}")
    void deliverDue() {
        if (sender.isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock);
        jdbc.sql("update outbox_message set status = 'PENDING' where status = 'SENDING' and next_attempt_at < :stale")
                .param("stale", now.minus(CLAIM_TIMEOUT))
                .update();
        List<Long> due = jdbc.sql("select id from outbox_message where status = 'PENDING' and next_attempt_at <= :now "
                        + "order by next_attempt_at offset 0 rows fetch next 50 rows only")
                .param("now", now)
                .query(Long.class)
                .list();
        long sent = due.stream().filter(id -> deliver(id, now)).count();
        if (sent > 0) {
            // a message went through: the mail server is back, so messages waiting out a retry pause after a
            // failure are due at the next round, not minutes later
            jdbc.sql("update outbox_message set next_attempt_at = :now "
                            + "where status = 'PENDING' and attempts > 0 and next_attempt_at > :now")
                    .param("now", now)
                    .update();
        }
    }

    /** Sends one message if this node can claim it; true when it was sent now. */
    private boolean deliver(long id, LocalDateTime now) {
        boolean ours = jdbc.sql("update outbox_message set status = 'SENDING', next_attempt_at = :now "
                                + "where id = :id and status = 'PENDING'")
                        .param("now", now)
                        .param("id", id)
                        .update()
                == 1;
        if (!ours) {
            return false;
        }
        var claimed = jdbc.sql(
                        "select id, created_at, recipient, language, subject, body, attempts from outbox_message "
                                + "where id = :id")
                .param("id", id)
                .query((rs, row) -> Map.entry(
                        new OutgoingMail(
                                rs.getLong("id"),
                                rs.getTimestamp("created_at").toLocalDateTime(),
                                rs.getString("recipient"),
                                rs.getString("language"),
                                rs.getString("subject"),
                                rs.getString("body")),
                        rs.getInt("attempts")))
                .single();
        int attempts = claimed.getValue() + 1;
        try {
            sender.orElseThrow().send(claimed.getKey());
            jdbc.sql(
                            "update outbox_message set status = 'SENT', attempts = :attempts, sent_at = :now, last_error = null "
                                    + "where id = :id")
                    .param("attempts", attempts)
                    .param("now", LocalDateTime.now(clock))
                    .param("id", id)
                    .update();
            metrics.attempted("sent");
            return true;
        } catch (RuntimeException failure) {
            boolean last = attempts >= MAX_ATTEMPTS;
            log.warn(
                    "Outbox message {} not delivered (attempt {} of {}): {}",
                    id,
                    attempts,
                    MAX_ATTEMPTS,
                    failure.toString());
            String error = String.valueOf(failure.getMessage());
            jdbc.sql("update outbox_message set status = :status, attempts = :attempts, last_error = :error, "
                            + "next_attempt_at = :next where id = :id")
                    .param("status", last ? "FAILED" : "PENDING")
                    .param("attempts", attempts)
                    .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                    .param("next", LocalDateTime.now(clock).plus(firstRetry.multipliedBy(1L << (attempts - 1))))
                    .param("id", id)
                    .update();
            metrics.attempted(last ? "failed" : "retry");
            return false;
        }
    }
}
