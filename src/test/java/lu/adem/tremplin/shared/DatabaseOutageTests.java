package lu.adem.tremplin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

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
    void shouldNotTakeAnyOtherFailureForAnOutage() {
        assertThat(DatabaseOutage.isCause(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("deadlock detected", "40P01")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("no state"))).isFalse();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("not null")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("platform down")))
                .isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
