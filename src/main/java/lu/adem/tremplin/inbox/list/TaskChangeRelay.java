package lu.adem.tremplin.inbox.list;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Carries task changes between the nodes that share one PostgreSQL database, through the database itself
 * ({@code LISTEN/NOTIFY} on {@value #CHANNEL}): no broker to run, and every node that can reach the engine's
 * tables can reach the channel. A committed change is queued and sent by a background thread, gathered with
 * the others of the moment into one notification (PostgreSQL's payload limit is 8,000 bytes); a listening
 * thread on each node publishes the other nodes' changes as {@link TaskChanged} with {@code fromOtherNode}.
 * If the listening connection drops, the relay reconnects and tells every inbox to refresh, since it may have
 * missed changes. On H2 (one node, the embedded default) it stays off: changes are already in process.
 */
@Component
class TaskChangeRelay implements SmartLifecycle {

    static final String CHANNEL = "tremplin_task_changed";
    static final int PAYLOAD_LIMIT = 7_500;
    static final Duration RECONNECT_AFTER = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(TaskChangeRelay.class);

    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    private final BlockingQueue<TaskChanged> outgoing = new LinkedBlockingQueue<>(100_000);
    private volatile boolean running;
    private volatile boolean listening;
    private Thread sender;
    private Thread listener;

    TaskChangeRelay(DataSource dataSource, ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.events = events;
    }

    @Override
    public void start() {
        if (!onPostgres()) {
            log.info("Task changes stay on this node (the database is not PostgreSQL)");
            return;
        }
        running = true;
        sender = daemon("task-changes-out", this::send);
        listener = daemon("task-changes-in", this::listen);
        log.info("Task changes relayed to the other nodes through PostgreSQL channel {} (node {})", CHANNEL, node);
    }

    @Override
    public void stop() {
        running = false;
        if (sender != null) {
            sender.interrupt();
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the listening connection is up (health and tests). */
    boolean listening() {
        return listening;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void taskChanged(TaskChanged change) {
        if (running && !change.fromOtherNode() && !outgoing.offer(change)) {
            log.warn("Task change {} not relayed: the outgoing queue is full", change.taskId());
        }
    }

    private boolean onPostgres() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isWrapperFor(PGConnection.class);
        } catch (SQLException failed) {
            log.warn("Task change relay: cannot tell the database", failed);
            return false;
        }
    }

    private void send() {
        while (running) {
            try {
                TaskChanged first = outgoing.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                List<TaskChanged> batch = new ArrayList<>();
                batch.add(first);
                outgoing.drainTo(batch, 1_000);
                List<String> payloads = payloads(node, batch);
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                    connection.setAutoCommit(true);
                    for (String payload : payloads) {
                        notify.setString(1, CHANNEL);
                        notify.setString(2, payload);
                        notify.execute();
                    }
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException failed) {
                // the other nodes miss these changes; their counts and inboxes catch up within TaskCounts.MAX_AGE
                log.warn("Task changes not relayed to the other nodes: {}", failed.getMessage());
            }
        }
    }

    private void listen() {
        boolean reconnected = false;
        while (running) {
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("listen " + CHANNEL);
                listening = true;
                if (reconnected) {
                    events.publishEvent(TaskChanged.everyone("relay reconnected"));
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(500);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            received(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException failed) {
                if (running) {
                    log.warn("Task change relay lost its connection, reconnecting: {}", failed.getMessage());
                }
            } finally {
                listening = false;
            }
            reconnected = true;
            try {
                Thread.sleep(RECONNECT_AFTER.toMillis());
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void received(String payload) {
        for (TaskChanged change : parse(node, payload)) {
            events.publishEvent(change);
        }
    }

    /** One line per change: node, task, event, users, groups (tab-separated, each id URL-encoded). */
    static List<String> payloads(String node, List<TaskChanged> changes) {
        List<String> payloads = new ArrayList<>();
        StringBuilder payload = new StringBuilder();
        for (TaskChanged change : changes) {
            String line = String.join(
                    "\t",
                    node,
                    encode(change.taskId()),
                    encode(change.event()),
                    encode(change.users()),
                    encode(change.groups()));
            if (payload.length() > 0 && payload.length() + line.length() + 1 > PAYLOAD_LIMIT) {
                payloads.add(payload.toString());
                payload.setLength(0);
            }
            if (payload.length() > 0) {
                payload.append('\n');
            }
            payload.append(line);
        }
        if (payload.length() > 0) {
            payloads.add(payload.toString());
        }
        return payloads;
    }

    /** The changes of other nodes in a payload (this node's own are skipped). */
    static List<TaskChanged> parse(String node, String payload) {
        List<TaskChanged> changes = new ArrayList<>();
        for (String line : payload.split("\n")) {
            String[] fields = line.split("\t", -1);
            if (fields.length != 5 || fields[0].equals(node)) {
                continue;
            }
            Set<String> users = decodeSet(fields[3]);
            Set<String> groups = decodeSet(fields[4]);
            changes.add(new TaskChanged(decode(fields[1]), decode(fields[2]), users, groups, true));
        }
        return changes;
    }

    private static String encode(String text) {
        return text == null ? "" : URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** "*" for everyone (null), else comma-separated. */
    private static String encode(Set<String> ids) {
        return ids == null ? "*" : ids.stream().map(TaskChangeRelay::encode).collect(Collectors.joining(","));
    }

    private static String decode(String text) {
        return text.isEmpty() ? null : URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static Set<String> decodeSet(String text) {
        if ("*".equals(text)) {
            return null;
        }
        return text.isEmpty()
                ? Set.of()
                : Arrays.stream(text.split(",")).map(TaskChangeRelay::decode).collect(Collectors.toSet());
    }

    private static Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
