package lu.adem.tremplin.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * V21 on a real PostgreSQL server (the local one, or TREMPLIN_TEST_PG_URL / _USER / _PASSWORD): Tremplin's
 * migrations on a database of this test's own, then the access log refuses deletes, truncates and updates,
 * except the anonymisation's update of the registration number alone.
 */
class AccessLogAppendOnlyIntegrationTests {

    static final String SERVER = env("TREMPLIN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String USER = env("TREMPLIN_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("TREMPLIN_TEST_PG_PASSWORD", "");
    static final String DATABASE =
            "tremplin_accesslog_" + ProcessHandle.current().pid() + "_" + System.nanoTime();

    static String url;

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @BeforeAll
    static void migrate() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = server.createStatement()) {
            statement.execute("create database " + DATABASE);
        }
        url = SERVER.substring(0, SERVER.lastIndexOf('/') + 1) + DATABASE;
        Flyway.configure()
                .dataSource(url, USER, PASSWORD)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    @AfterAll
    static void drop() throws SQLException {
        try (Connection server = DriverManager.getConnection(SERVER, USER, PASSWORD);
                Statement statement = server.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
        }
    }

    private static int execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    @Test
    void shouldAddRowsAndRefuseDeletingOrRewritingThem() throws SQLException {
        execute("insert into access_log (at, user_id, action, registration_number, screen)"
                + " values (timestamp '2026-03-01 09:00', 'anna', 'file-opened', 'DE-1', 'jobseeker/file')");

        assertThatThrownBy(() -> execute("delete from access_log")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("truncate access_log")).hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("update access_log set user_id = 'ben'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("update access_log set at = at + interval '1 day'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute("update access_log set registration_number = 'P-1', screen = 'x'"))
                .hasMessageContaining("append-only");
    }

    @Test
    void shouldLetAnonymisationReplaceTheRegistrationNumberAlone() throws SQLException {
        execute("insert into access_log (at, user_id, action, registration_number, screen)"
                + " values (timestamp '2026-03-02 09:00', 'anna', 'exported', 'DE-2', 'cockpit/overdue-tasks.csv')");

        assertThat(execute("update access_log set registration_number = 'PSEUDO-2' where registration_number = 'DE-2'"))
                .isEqualTo(1);
    }
}
