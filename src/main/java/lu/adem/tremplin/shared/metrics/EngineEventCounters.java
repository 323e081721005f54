package lu.adem.tremplin.shared.metrics;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The engine's own event meters (Camunda's {@code Metrics}: {@code job-acquisition-attempt},
 * {@code job-acquired-success}, {@code job-acquired-failure}, {@code job-execution-rejected},
 * {@code job-successful}, {@code job-failed}, {@code job-locked-exclusive}, {@code activity-instance-start},
 * {@code executed-decision-elements}…) counted in Micrometer too, as {@code tremplin_engine_events_total}
 * tagged by {@code event}. Camunda's meters are emptied every 15 minutes into its meter log; these counters
 * only grow, as Prometheus wants.
 */
@Component
class EngineEventCounters extends AbstractProcessEnginePlugin {

    static final String NAME = "tremplin.engine.events";

    private final MeterRegistry registry;

    EngineEventCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(new CountingRegistry(registry));
    }

    /** Camunda's registry whose database meters also count in Micrometer. */
    static final class CountingRegistry extends MetricsRegistry {

        private final MeterRegistry registry;

        CountingRegistry(MeterRegistry registry) {
            this.registry = registry;
        }

        /** A meter reported to the database only (jobs). */
        @Override
        public void createDbMeter(String name) {
            super.createDbMeter(name);
            dbMeters.put(name, new CountingMeter(name, counter(name)));
        }

        /** A meter reported to the database and to Camunda's diagnostics (activities, decisions, root cases). */
        @Override
        public void createMeter(String name) {
            super.createMeter(name);
            dbMeters.put(name, new CountingMeter(name, counter(name)));
        }

        private Counter counter(String event) {
            return Counter.builder(NAME)
                    .description(
                            "Events of the engine (Camunda's meters): job acquisition and execution, activities, decisions")
                    .tag("event", event)
                    .register(registry);
        }
    }

    static final class CountingMeter extends Meter {

        private final Counter counter;

        CountingMeter(String name, Counter counter) {
            super(name);
            this.counter = counter;
        }

        @Override
        public void mark() {
            super.mark();
            counter.increment();
        }

        @Override
        public void markTimes(long times) {
            super.markTimes(times);
            counter.increment(times);
        }
    }
}
