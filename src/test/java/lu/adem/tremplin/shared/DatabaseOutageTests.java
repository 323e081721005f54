package lu.adem.tremplin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import jakarta.servlet.ServletException;

class DatabaseOutageTests {

    @Test
    void shouldRecogniseThePoolWaitingInVainForAConnectionWhereverItIsWrapped() {
        var timeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available");
        assertThat(DatabaseOutage.isCause(timeout)).isTrue();
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException(
                        "no connection",
                        new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new ProcessEngineException("ENGINE-03083", timeout)))
                .isTrue();
    }

    @Test
    void shouldRecognisePostgresqlsConnectionErrorsAndItsShutdownAndStartUp() {
        assertThat(DatabaseOutage.isCause(new SQLException("An I/O error occurred", "08006")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Connection refused", "08001")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(
                        new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("the database system is starting up", "57P03")))
                .isTrue();
    }

    @Test
    void shouldRecogniseAnOutageHiddenByTheRollbackThatFailedAfterIt() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new DataAccessResourceFailureException(
                "PreparedStatementCallback", new SQLException("An I/O error occurred while sending", "08006")));

        assertThat(DatabaseOutage.isCause(new ServletException("Request processing failed", rollback)))
                .isTrue();
        assertThat(DatabaseOutage.isCause(
                        new TransactionSystemException("JDBC rollback failed", new SQLException("closed"))))
                .isFalse();
    }

    @Test
    void shouldTellOperatorsTheDriversOwnWordsOnOneLine() {
        try {
            DatabaseOutage.notice(new ProcessEngineException(
                    "ENGINE-03083", new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
            DatabaseOutage.notice(new SQLException("a later one", "08006"));

            assertThat(DatabaseOutage.noticed()).isTrue();
            assertThat(DatabaseOutage.detail(null))
                    .isEqualTo("java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available");
            assertThat(DatabaseOutage.detail(new IllegalStateException("x", new SQLException("refused", "08001"))))
                    .isEqualTo("java.sql.SQLException: refused");
        } finally {
            DatabaseOutage.forget();
        }
        assertThat(DatabaseOutage.noticed()).isFalse();
        assertThat(DatabaseOutage.detail(null)).isEmpty();
    }

    @Test
    void shouldNotTakeAnyOtherFailureForAnOutage() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("deadlock detected", "40P01")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("not null")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new DataAccessResourceFailureException(
                        "disk full", new SQLException("could not extend file", "53100"))))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("platform down")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
