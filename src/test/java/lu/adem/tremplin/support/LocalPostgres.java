package lu.adem.tremplin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL server of the tests that need one: the local server by default ({@code .ci/run}
 * starts it), another through TREMPLIN_TEST_PG_URL / _USER / _PASSWORD.
 */
public final class LocalPostgres {

    static final String SERVER = env("TREMPLIN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("TREMPLIN_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("TREMPLIN_TEST_PG_PASSWORD", "");

    private LocalPostgres() {
    }

    /**
     * Creates a database of its own ({@code prefix} + the time), drops the databases of earlier runs
     * with the same prefix, and points the {@code postgres} profile at it (TREMPLIN_DB_*).
     */
    public static void freshDatabase(String prefix, DynamicPropertyRegistry registry) throws SQLException {
        String database = prefix + System.currentTimeMillis();
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            List<String> earlier = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select datname from pg_database where datname like '" + prefix + "%'")) {
                while (rs.next()) {
                    earlier.add(rs.getString(1));
                }
            }
            for (String old : earlier) {
                statement.execute("drop database if exists " + old + " with (force)");
            }
            statement.execute("create database " + database);
        }
        registry.add("TREMPLIN_DB_URL", () -> SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + database);
        registry.add("TREMPLIN_DB_USER", () -> USER);
        registry.add("TREMPLIN_DB_PASSWORD", () -> PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
