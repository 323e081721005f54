package lu.adem.tremplin.privacy;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long Tremplin keeps each kind of record ({@code tremplin.retention.*}), shown on the retention screen.
 *
 * @param evaluationWindow after the pilot's last day, the time its evaluation needs the jobseekers' data
 * @param jobseekerAfterLastCase after a jobseeker's last case ended, until they are anonymised (and not before
 *     the evaluation window closed)
 * @param accessLog how long entries of the access log are kept
 * @param outboxText after how long messages keep no text nor address
 * @param engineHistory the engine's history time to live, as the BPMN files set it
 * @param sweepCron when the retention sweep runs (Spring cron, Luxembourg time)
 * @param sweepLease how long one node holds the sweep before another may take it over
 */
@ConfigurationProperties("tremplin.retention")
public record RetentionSettings(
        @DefaultValue("P12M") Period evaluationWindow,
        @DefaultValue("P6M") Period jobseekerAfterLastCase,
        @DefaultValue("P5Y") Period accessLog,
        @DefaultValue("P90D") Period outboxText,
        @DefaultValue("P730D") Period engineHistory,
        @DefaultValue("0 30 1 * * *") String sweepCron,
        @DefaultValue("PT30M") Duration sweepLease) {}
