package lu.adem.tremplin.shared.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

import lu.adem.tremplin.shared.engine.tables.EngineGauges;

/**
 * What the engine holds now, as gauges: open and overdue tasks per process, step and agency, open incidents
 * per process and type, and the job backlog. Counted by {@link EngineGauges} every
 * {@code tremplin.metrics.refresh} (30 s) on each node, never per scrape; a scrape reads the last count. Every
 * node reports the same database, so dashboards take {@code max} over nodes, not {@code sum}. When the
 * database is out of reach the last counts stay and {@code tremplin_engine_gauges_age_seconds} grows.
 */
@Component
class EngineStateGauges {

    private static final Logger log = LoggerFactory.getLogger(EngineStateGauges.class);

    private final EngineGauges engine;
    private final Clock clock;
    private final MultiGauge openTasks;
    private final MultiGauge overdueTasks;
    private final MultiGauge incidents;
    private final AtomicReference<EngineGauges.Jobs> jobs = new AtomicReference<>(new EngineGauges.Jobs(0, 0, 0, null));
    private final AtomicReference<Instant> countedAt = new AtomicReference<>();

    EngineStateGauges(EngineGauges engine, Clock clock, MeterRegistry registry) {
        this.engine = engine;
        this.clock = clock;
        this.openTasks = MultiGauge.builder("tremplin.tasks.open")
                .description("Open tasks, per process, step and agency (the agency the task is offered to; none: -)")
                .register(registry);
        this.overdueTasks = MultiGauge.builder("tremplin.tasks.overdue")
                .description("Open tasks past their due date, per process, step and agency")
                .register(registry);
        this.incidents = MultiGauge.builder("tremplin.incidents.open")
                .description("Open incidents (a job or step out of retries), per process and incident type")
                .register(registry);
        Gauge.builder("tremplin.jobs.due", jobs, held -> held.get().due())
                .description("Jobs due now that no node holds: the job executor's backlog")
                .register(registry);
        Gauge.builder("tremplin.jobs.locked", jobs, held -> held.get().locked())
                .description("Jobs a node holds now")
                .register(registry);
        Gauge.builder("tremplin.jobs.failed", jobs, held -> held.get().failed())
                .description("Jobs out of retries (each has an incident)")
                .register(registry);
        Gauge.builder("tremplin.jobs.oldest.due.age", this, EngineStateGauges::oldestDueAge)
                .description("How long the oldest due job has waited")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("tremplin.engine.gauges.age", this, EngineStateGauges::age)
                .description("Time since these gauges were last counted (grows while the database is out of reach)")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${tremplin.metrics.refresh:PT30S}", initialDelayString = "PT5S")
    void count() {
        Instant now = clock.instant();
        try {
            List<EngineGauges.OpenTasks> tasks = engine.openTasks(now);
            openTasks.register(
                    tasks.stream()
                            .map(row -> MultiGauge.Row.of(taskTags(row), row.open()))
                            .toList(),
                    true);
            overdueTasks.register(
                    tasks.stream()
                            .map(row -> MultiGauge.Row.of(taskTags(row), row.overdue()))
                            .toList(),
                    true);
            incidents.register(
                    engine.openIncidents().stream()
                            .map(row -> MultiGauge.Row.of(
                                    Tags.of("process", row.processKey(), "type", row.type()), row.open()))
                            .toList(),
                    true);
            jobs.set(engine.jobs(now));
            countedAt.set(now);
        } catch (DataAccessException unreachable) {
            log.warn(
                    "Engine gauges not counted, the last counts stay: {}",
                    unreachable.getMostSpecificCause().toString());
        }
    }

    private static Tags taskTags(EngineGauges.OpenTasks row) {
        String agency = row.agencyGroup() == null ? "-" : row.agencyGroup().substring("agency-".length());
        return Tags.of("process", row.processKey(), "step", row.step(), "agency", agency);
    }

    private double oldestDueAge() {
        Instant oldest = jobs.get().oldestDue();
        Instant counted = countedAt.get();
        return oldest == null || counted == null
                ? 0
                : Math.max(0, Duration.between(oldest, counted).toSeconds());
    }

    private double age() {
        Instant counted = countedAt.get();
        return counted == null
                ? Double.NaN
                : Duration.between(counted, clock.instant()).toSeconds();
    }
}
