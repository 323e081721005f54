package lu.adem.tremplin.shared.engine;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.DatabaseOutage;

/**
 * A job that failed because the database was out of reach did not fail: its step never ran to the end, and
 * its transaction was rolled back. Camunda would count it as a failed attempt and wait the step's retry cycle
 * (five minutes for the platform's steps) before the next, so a database restart of one second delayed cases by
 * minutes. Such a job is instead released and due again in {@link #AGAIN_AFTER}, its retries untouched. Every
 * other failure follows Camunda's retry cycle. (While the database is away, even this release cannot be written:
 * the job stays locked and runs again when its lock expires, ADR 0021.)
 */
@Component
class OutageAwareJobRetries extends AbstractProcessEnginePlugin {

    static final Duration AGAIN_AFTER = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(OutageAwareJobRetries.class);

    private final Clock clock;

    OutageAwareJobRetries(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        FailedJobCommandFactory standard = configuration.getFailedJobCommandFactory() != null
                ? configuration.getFailedJobCommandFactory()
                : new DefaultFailedJobCommandFactory();
        configuration.setFailedJobCommandFactory(new Factory(standard, clock));
    }

    static final class Factory implements FailedJobCommandFactory {

        private final FailedJobCommandFactory standard;
        private final Clock clock;

        Factory(FailedJobCommandFactory standard, Clock clock) {
            this.standard = standard;
            this.clock = clock;
        }

        @Override
        public Command<Object> getCommand(String jobId, Throwable exception) {
            if (!DatabaseOutage.isCause(exception)) {
                return standard.getCommand(jobId, exception);
            }
            return context -> {
                JobEntity job = context.getJobManager().findJobById(jobId);
                if (job != null) {
                    job.unlock();
                    job.setDuedate(Date.from(clock.instant().plus(AGAIN_AFTER)));
                    log.warn(
                            "Job {} interrupted by a database outage ({}): due again in {} s, its retries kept",
                            jobId,
                            exception.toString(),
                            AGAIN_AFTER.toSeconds());
                }
                return null;
            };
        }
    }
}
