package lu.adem.tremplin.shared.engine;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.CaseAlreadyRunning;

/**
 * At most one running case per business key for the processes that promise it (onboarding: one per
 * jobseeker), by construction (docs/adr/0022): a built-in start listener, added to those processes
 * while the engine parses them, writes a {@code running_case} row keyed by process key and business
 * key in the start's own transaction, and a built-in end listener removes it. Built-in listeners
 * cannot be removed by editing a diagram and fire also on deletion without custom listeners, so
 * every path (Tremplin's screens, the engine REST API, message starts) goes through them. A start
 * that finds the key's case running throws {@link CaseAlreadyRunning} with its id; two starts at once
 * meet on the primary key (PostgreSQL holds the second insert until the first commits, then fails
 * it), and the loser throws {@link CaseAlreadyRunning} without an id. A row whose case no longer runs
 * (written before this guard existed, or left by a case removed behind the engine's back) is replaced.
 */
@Component
class OneRunningCase extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(OneRunningCase.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CaseKeys caseKeys;

    OneRunningCase(JdbcClient jdbc, Clock clock, CaseKeys caseKeys) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.caseKeys = caseKeys;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new java.util.ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                if (caseKeys.guarded(processDefinition.getKey())) {
                    processDefinition.addBuiltInListener(
                            ExecutionListener.EVENTNAME_START, (ExecutionListener) OneRunningCase.this::started);
                    processDefinition.addBuiltInListener(
                            ExecutionListener.EVENTNAME_END, (ExecutionListener) OneRunningCase.this::ended);
                }
            }
        });
    }

    private void started(DelegateExecution execution) {
        if (!execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        String processKey = processKeyOf(execution);
        String businessKey = execution.getProcessBusinessKey();
        String caseKey = caseKeys.of(processKey, businessKey, execution::getVariable);
        if (caseKey == null) {
            return;
        }
        String row = rowInstance(processKey, caseKey);
        String running = row != null && runs(row) ? row : null;
        if (running == null && caseKey.equals(businessKey)) {
            running = runningCase(execution, processKey, businessKey);
        }
        if (running != null) {
            log.info("Already done: a {} case runs for {} ({})", processKey, caseKey, running);
            throw new CaseAlreadyRunning(processKey, caseKey, running);
        }
        if (row != null) {
            // the row its case left behind, and only that one: a row another start committed meanwhile stays, and
            // the insert below then fails on the primary key
            jdbc.sql("delete from running_case where process_key = :key and business_key = :businessKey "
                            + "and process_instance_id = :stale")
                    .param("key", processKey)
                    .param("businessKey", caseKey)
                    .param("stale", row)
                    .update();
        }
        try {
            jdbc.sql("insert into running_case (process_key, business_key, process_instance_id, started_at) "
                            + "values (:key, :businessKey, :instance, :now)")
                    .param("key", processKey)
                    .param("businessKey", caseKey)
                    .param("instance", execution.getProcessInstanceId())
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .update();
        } catch (DataIntegrityViolationException concurrentStart) {
            log.info("Already done: a {} case for {} was started at the same time", processKey, caseKey);
            throw new CaseAlreadyRunning(processKey, caseKey, null);
        }
    }

    private void ended(DelegateExecution execution) {
        if (execution.getId().equals(execution.getProcessInstanceId())) {
            jdbc.sql("delete from running_case where process_instance_id = :instance")
                    .param("instance", execution.getProcessInstanceId())
                    .update();
        }
    }

    /** The instance of the key's row, or null when there is none. */
    private String rowInstance(String processKey, String caseKey) {
        return jdbc.sql(
                        "select process_instance_id from running_case where process_key = :key and business_key = :caseKey")
                .param("key", processKey)
                .param("caseKey", caseKey)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static boolean runs(String processInstanceId) {
        return Context.getCommandContext().getExecutionManager().findExecutionById(processInstanceId) != null;
    }

    /** The id of another running case of this process with this business key, or null. */
    private static String runningCase(DelegateExecution execution, String processKey, String businessKey) {
        return Context.getCommandContext()
                .runWithoutAuthorization(() -> execution
                        .getProcessEngineServices()
                        .getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey(processKey)
                        .processInstanceBusinessKey(businessKey)
                        .list()
                        .stream()
                        .map(instance -> instance.getId())
                        .filter(id -> !id.equals(execution.getProcessInstanceId()))
                        .findFirst()
                        .orElse(null));
    }

    private static String processKeyOf(DelegateExecution execution) {
        return ((org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity) execution)
                .getProcessDefinition()
                .getKey();
    }
}
