package lu.adem.tremplin.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class DatabaseHealthTests {

    static final Duration TIMEOUT = Duration.ofMillis(300);

    @Test
    void shouldBeUpWhenTheDatabaseAnswers() throws Exception {
        Connection connection = mock(Connection.class);
        DatabaseMetaData metaData = mock(DatabaseMetaData.class);
        when(connection.isValid(1)).thenReturn(true);
        when(connection.getMetaData()).thenReturn(metaData);
        when(metaData.getDatabaseProductName()).thenReturn("PostgreSQL");
        DataSource dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenReturn(connection);

        Health health = new DatabaseHealth(dataSource, TIMEOUT).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("database", "PostgreSQL");
    }

    @Test
    void shouldBeDownWhenThePoolGivesNoConnection() throws Exception {
        DataSource dataSource = mock(DataSource.class);
        when(dataSource.getConnection())
                .thenThrow(new SQLTransientConnectionException("HikariPool-1 - Connection is not available"));

        assertThat(new DatabaseHealth(dataSource, TIMEOUT).health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void shouldAnswerDownInTimeWhileTheDatabaseHangsAndKeepOneCheckWaitingNotOnePerProbe() throws Exception {
        CountDownLatch hanging = new CountDownLatch(1);
        int[] asked = new int[1];
        DataSource dataSource = mock(DataSource.class);
        when(dataSource.getConnection()).thenAnswer(invocation -> {
            asked[0]++;
            hanging.await();
            throw new SQLTransientConnectionException("too late");
        });
        DatabaseHealth health = new DatabaseHealth(dataSource, TIMEOUT);
        try {
            long start = System.nanoTime();
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(asked[0]).isEqualTo(1);
        } finally {
            hanging.countDown();
            health.destroy();
        }
    }
}
