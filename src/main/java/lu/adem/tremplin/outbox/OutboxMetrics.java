package lu.adem.tremplin.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox on {@code /actuator/prometheus} (docs/ops/monitoring.md): messages waiting or given up, per
 * status ({@code tremplin_outbox_messages}, counted every 30 s from the table, the same on every node), the
 * age of the oldest waiting one, and this node's delivery attempts by outcome
 * ({@code tremplin_outbox_deliveries_total}: {@code sent}, {@code retry}, {@code failed} for good).
 */
@Component
class OutboxMetrics {

    private static final Logger log = LoggerFactory.getLogger(OutboxMetrics.class);

    /** The statuses that need watching: waiting, being sent, given up. */
    private static final OutboxMessage.Status[] WATCHED = {
        OutboxMessage.Status.PENDING, OutboxMessage.Status.SENDING, OutboxMessage.Status.FAILED
    };

    private final JdbcClient jdbc;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Map<OutboxMessage.Status, Long> counts = new ConcurrentHashMap<>();
    private volatile double oldestWaitingSeconds;

    OutboxMetrics(JdbcClient jdbc, Clock clock, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.registry = registry;
        for (OutboxMessage.Status status : WATCHED) {
            counts.put(status, 0L);
            Gauge.builder("tremplin.outbox.messages", counts, held -> held.get(status))
                    .description("Messages to jobseekers waiting (PENDING), being sent (SENDING) or given up (FAILED)")
                    .tag("status", status.name())
                    .register(registry);
        }
        for (String outcome : new String[] {"sent", "retry", "failed"}) {
            deliveries(outcome); // at zero from the start, so that increase() sees the first attempt
        }
        Gauge.builder("tremplin.outbox.oldest.pending.age", this, metrics -> metrics.oldestWaitingSeconds)
                .description("How long the oldest message waiting for delivery has waited")
                .baseUnit("seconds")
                .register(registry);
    }

    /** One delivery attempt of this node: sent, failed with retries left, or failed for good. */
    void attempted(String outcome) {
        deliveries(outcome).increment();
    }

    private Counter deliveries(String outcome) {
        return Counter.builder("tremplin.outbox.deliveries")
                .description(
                        "Delivery attempts of this node, by outcome: sent, retry (failed, tried again later), failed")
                .tag("outcome", outcome)
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${tremplin.metrics.refresh:PT30S}", initialDelayString = "PT5S")
    void count() {
        try {
            Map<OutboxMessage.Status, Long> now = new EnumMap<>(OutboxMessage.Status.class);
            jdbc.sql("select status, count(*) from outbox_message where status in ('PENDING', 'SENDING', 'FAILED') "
                            + "group by status")
                    .query(rs -> {
                        now.put(OutboxMessage.Status.valueOf(rs.getString(1)), rs.getLong(2));
                    });
            for (OutboxMessage.Status status : WATCHED) {
                counts.put(status, now.getOrDefault(status, 0L));
            }
            Timestamp oldest = jdbc.sql("select min(created_at) from outbox_message where status = 'PENDING'")
                    .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)))
                    .single()
                    .orElse(null);
            oldestWaitingSeconds = oldest == null
                    ? 0
                    : Math.max(
                            0,
                            Duration.between(oldest.toLocalDateTime(), LocalDateTime.now(clock))
                                    .toSeconds());
        } catch (DataAccessException unreachable) {
            log.warn(
                    "Outbox gauges not counted, the last counts stay: {}",
                    unreachable.getMostSpecificCause().toString());
        }
    }
}
