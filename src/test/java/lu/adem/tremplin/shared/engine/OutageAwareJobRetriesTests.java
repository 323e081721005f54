package lu.adem.tremplin.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

class OutageAwareJobRetriesTests {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    static final Command<Object> STANDARD = context -> "Camunda's retry cycle";

    final OutageAwareJobRetries.Factory factory =
            new OutageAwareJobRetries.Factory((jobId, exception) -> STANDARD, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldReleaseAJobInterruptedByADatabaseOutageForSoonWithItsRetriesKept() {
        MessageEntity job = new MessageEntity();
        job.setId("job-1");
        job.setRetries(3);
        job.setLockOwner("node-a");
        job.setLockExpirationTime(Date.from(NOW.plusSeconds(20)));
        job.setDuedate(Date.from(NOW.minusSeconds(60)));
        CommandContext context = mock(CommandContext.class);
        JobManager jobs = mock(JobManager.class);
        when(context.getJobManager()).thenReturn(jobs);
        when(jobs.findJobById("job-1")).thenReturn(job);

        Command<Object> command = factory.getCommand(
                "job-1",
                new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection", new SQLException("Connection refused", "08001")));
        command.execute(context);

        assertThat(job.getRetries()).isEqualTo(3);
        assertThat(job.getLockOwner()).isNull();
        assertThat(job.getLockExpirationTime()).isNull();
        assertThat(job.getDuedate()).isEqualTo(Date.from(NOW.plus(OutageAwareJobRetries.AGAIN_AFTER)));
    }

    @Test
    void shouldLeaveEveryOtherFailureToCamundasRetryCycle() {
        assertThat(factory.getCommand("job-1", new IllegalStateException("Simulated outage of the learning platform")))
                .isSameAs(STANDARD);
        assertThat(factory.getCommand("job-1", new SQLException("deadlock detected", "40P01")))
                .isSameAs(STANDARD);
    }
}
