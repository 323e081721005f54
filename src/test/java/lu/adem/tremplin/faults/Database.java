package lu.adem.tremplin.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fault run's own connection to the nodes' database: what the simulated outside world does (the jobseeker
 * activates the account and learns on the simulated platform, the operator flips the simulator's switch), and
 * what the run reads to count. Each call opens a connection of its own and is retried while the database is
 * away (the run restarts and stops it), for up to {@link #PATIENCE}.
 */
final class Database {

    static final Duration PATIENCE = Duration.ofMinutes(3);

    private final String url;
    private final String user;
    private final String password;

    Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    String accountStatus(String jobseekerId) {
        List<Map<String, Object>> rows =
                query("select status from platform_simulator_account where external_id = ?", jobseekerId);
        return rows.isEmpty() ? null : (String) rows.get(0).get("status");
    }

    void activate(String jobseekerId) {
        update(
                "update platform_simulator_account set status = 'ACTIVE', activated_at = localtimestamp "
                        + "where external_id = ? and status = 'INVITED'",
                jobseekerId);
    }

    /** The jobseeker progresses on the simulated platform. */
    void learn(String jobseekerId, int progress) {
        update(
                "update platform_simulator_enrolment set progress = ?, minutes_spent = ?, "
                        + "last_activity_at = localtimestamp where external_id = ? and progress < ?",
                progress,
                progress * 6,
                jobseekerId,
                progress);
    }

    List<Map<String, Object>> query(String sql, Object... parameters) {
        return retrying(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rs = statement.executeQuery()) {
                List<Map<String, Object>> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= columns; i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        });
    }

    long count(String sql, Object... parameters) {
        return ((Number) query(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    int update(String sql, Object... parameters) {
        return retrying(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Whether the database answers now (one try). */
    boolean answers() {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T retrying(Work<T> work) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                return work.on(connection);
            } catch (SQLException failure) {
                String state = failure.getSQLState();
                boolean away = state == null || state.startsWith("08") || state.startsWith("57");
                if (!away || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Database unreachable for " + PATIENCE, failure);
                }
                EngineClient.sleep(500);
            }
        }
    }
}
