package lu.adem.tremplin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server of the tests that need one: the local server by default ({@code .ci/run}
 * starts it), another through TREMPLIN_TEST_PG_URL / _USER / _PASSWORD.
 *
 * <p>Each test run owns its databases: they are named after the prefix, this JVM's process id and
 * the creation time, and dropped when the JVM ends. Another run on the same server (a second CI job,
 * a developer's IDE) keeps its own; only leftovers older than {@link #LEFTOVER_AGE} (a run that was
 * killed before it could drop them) are swept.
 */
public final class LocalPostgres {

    static final String SERVER = env("TREMPLIN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("TREMPLIN_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("TREMPLIN_TEST_PG_PASSWORD", "");
    static final Duration LEFTOVER_AGE = Duration.ofHours(12);

    private LocalPostgres() {}

    /**
     * Creates a database of its own ({@code prefix} + pid + time), dropped when this JVM ends, and points
     * the {@code postgres} profile at it (TREMPLIN_DB_*).
     */
    public static void freshDatabase(String prefix, DynamicPropertyRegistry registry) throws SQLException {
        String database = prefix + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            for (String leftover : leftovers(statement, prefix)) {
                statement.execute("drop database if exists " + leftover + " with (force)");
            }
            statement.execute("create database " + database);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(database), "drop " + database));
        registry.add("TREMPLIN_DB_URL", () -> SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + database);
        registry.add("TREMPLIN_DB_USER", () -> USER);
        registry.add("TREMPLIN_DB_PASSWORD", () -> PASSWORD);
    }

    /**
     * What the production profile requires besides the database, for a node of a test or benchmark: the
     * learning platform's local simulator, a public address, and no job executor (the test runs the jobs it
     * wants, when it wants).
     */
    public static final java.util.Map<String, String> APPLICATION = java.util.Map.of(
            "TREMPLIN_PLATFORM_MODE", "simulator",
            "TREMPLIN_PUBLIC_URL", "https://tremplin.example.lu",
            "camunda.bpm.job-execution.enabled", "false");

    /**
     * {@link #freshDatabase} and {@link #APPLICATION}, for an engine of this name (recognisable in the logs; two
     * engines in one JVM need two names).
     */
    public static void freshApplication(String prefix, String engineName, DynamicPropertyRegistry registry)
            throws SQLException {
        freshDatabase(prefix, registry);
        APPLICATION.forEach((key, value) -> registry.add(key, () -> value));
        registry.add("camunda.bpm.process-engine-name", () -> engineName);
    }

    /** Databases of this prefix created more than {@link #LEFTOVER_AGE} ago by a run that did not drop them. */
    static List<String> leftovers(Statement statement, String prefix) throws SQLException {
        Pattern name = Pattern.compile(Pattern.quote(prefix) + "(\\d+_)?(\\d{13})");
        Instant before = Instant.now().minus(LEFTOVER_AGE);
        List<String> leftovers = new ArrayList<>();
        try (ResultSet rs =
                statement.executeQuery("select datname from pg_database where datname like '" + prefix + "%'")) {
            while (rs.next()) {
                Matcher matcher = name.matcher(rs.getString(1));
                if (matcher.matches()
                        && Instant.ofEpochMilli(Long.parseLong(matcher.group(2)))
                                .isBefore(before)) {
                    leftovers.add(rs.getString(1));
                }
            }
        }
        return leftovers;
    }

    /**
     * Drops the database once the application contexts on it have closed their connections (at most 20 s):
     * JVM shutdown hooks run together, and a database dropped under a closing engine leaves it waiting for a
     * connection until the pool's timeout.
     */
    private static void drop(String database) {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                var users = connection.prepareStatement(
                        "select count(*) from pg_stat_activity where datname = ? and pid <> pg_backend_pid()")) {
            users.setString(1, database);
            long until = System.nanoTime() + 20_000_000_000L;
            while (System.nanoTime() < until) {
                try (ResultSet rs = users.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(100);
            }
        } catch (SQLException | InterruptedException e) {
            System.err.println("Could not wait for the test database's users " + database + ": " + e.getMessage());
        }
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
        } catch (SQLException e) {
            System.err.println("Could not drop the test database " + database + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
