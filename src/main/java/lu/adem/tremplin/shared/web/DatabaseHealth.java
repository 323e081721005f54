package lu.adem.tremplin.shared.web;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health check of readiness, bounded: DOWN when the database has not answered within
 * {@link #TIMEOUT}, whatever hangs (waiting for the pool's connection, a connection to a server that vanished
 * without a word). Replaces Spring Boot's own (same name), whose {@code isValid(0)} may wait for the network's
 * timeout, and which would answer the load balancer after it has given up. The check runs on a thread of its
 * own: probes arriving while one is still waiting share it, so an outage holds one thread, never one per probe.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator, DisposableBean {

    static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final Duration timeout;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> running;

    @Autowired
    DatabaseHealth(DataSource dataSource) {
        this(dataSource, TIMEOUT);
    }

    DatabaseHealth(DataSource dataSource, Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        Future<Health> check = check();
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException late) {
            return Health.down()
                    .withDetail("error", "no answer within " + timeout.toMillis() + " ms")
                    .build();
        } catch (ExecutionException failed) {
            return Health.down(failed.getCause()).build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        }
    }

    private synchronized Future<Health> check() {
        if (running == null || running.isDone()) {
            running = checker.submit(this::ask);
        }
        return running;
    }

    private Health ask() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, timeout.toSeconds());
            if (!connection.isValid(seconds)) {
                return Health.down().withDetail("error", "connection not valid").build();
            }
            return Health.up()
                    .withDetail("database", connection.getMetaData().getDatabaseProductName())
                    .build();
        }
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
