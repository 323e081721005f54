package lu.adem.tremplin.shared.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Cases started and ended, per process and, for an end, its outcome: the end event the case reached
 * ({@code EnrolledEnd}…), or how it was stopped ({@code externally_terminated}: deleted or cancelled,
 * anonymisation among them; {@code internally_terminated}: a terminate end event). Counted once the
 * step's transaction has committed, so a step that fails and is retried counts once.
 */
@Component
class CaseCounters extends AbstractProcessEnginePlugin {

    static final String STARTED = "tremplin.cases.started";
    static final String ENDED = "tremplin.cases.ended";

    private final MeterRegistry registry;

    CaseCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        // a handler of its own, not this bean: Camunda's starter takes a single HistoryEventHandler bean
        handlers.add(new HistoryEventHandler() {
            @Override
            public void handleEvent(HistoryEvent event) {
                count(event);
            }

            @Override
            public void handleEvents(List<HistoryEvent> events) {
                events.forEach(this::handleEvent);
            }
        });
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    void count(HistoryEvent event) {
        if (!(event instanceof HistoricProcessInstanceEventEntity process)
                || process.getProcessDefinitionKey() == null) {
            return;
        }
        if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START)) {
            afterCommit(Counter.builder(STARTED)
                    .description("Cases started, per process")
                    .tag("process", process.getProcessDefinitionKey())
                    .register(registry));
        } else if (event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END)) {
            afterCommit(Counter.builder(ENDED)
                    .description("Cases ended, per process and outcome (the end event reached, or how it was stopped)")
                    .tag("process", process.getProcessDefinitionKey())
                    .tag("outcome", outcome(process))
                    .register(registry));
        }
    }

    static String outcome(HistoricProcessInstanceEventEntity process) {
        String state =
                process.getState() == null ? "completed" : process.getState().toLowerCase(Locale.ROOT);
        return "completed".equals(state) && process.getEndActivityId() != null ? process.getEndActivityId() : state;
    }

    private static void afterCommit(Counter counter) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            counter.increment();
            return;
        }
        command.getTransactionContext()
                .addTransactionListener(TransactionState.COMMITTED, committed -> counter.increment());
    }
}
