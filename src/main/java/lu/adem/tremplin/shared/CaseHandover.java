package lu.adem.tremplin.shared;

import java.time.Clock;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.engine.CaseKeys;

/**
 * How one process hands a jobseeker on to the next, and how news from outside reaches a waiting
 * case, always on Tremplin's own behalf (these are Tremplin's decisions, not the user's).
 */
@Component
public class CaseHandover {

    private static final Logger log = LoggerFactory.getLogger(CaseHandover.class);

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final EngineAsSystem asSystem;
    private final Clock clock;

    private final CaseKeys caseKeys;

    public CaseHandover(
            RepositoryService repositoryService,
            RuntimeService runtimeService,
            ManagementService managementService,
            EngineAsSystem asSystem,
            Clock clock,
            CaseKeys caseKeys) {
        this.caseKeys = caseKeys;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.asSystem = asSystem;
        this.clock = clock;
    }

    /**
     * Starts the process that starts on {@code message}, for the same business key. While no deployed
     * process starts on it, nothing happens and the log says so.
     *
     * @return whether a process was started
     */
    public boolean startNext(String message, String businessKey, Map<String, Object> variables) {
        return asSystem.call(() -> {
            var starting = repositoryService
                    .createProcessDefinitionQuery()
                    .messageEventSubscriptionName(message)
                    .active()
                    .list();
            if (starting.isEmpty()) {
                log.info("Case {}: no deployed process starts on '{}' yet", businessKey, message);
                return false;
            }
            for (var definition : starting) {
                String running = runningCase(definition.getKey(), businessKey, variables);
                if (running != null) {
                    // a re-run of the announcing step (docs/adr/0022): answered as done, the job does not fail
                    log.info("Already done: case {} of {} runs for {}", running, definition.getKey(), businessKey);
                    return false;
                }
            }
            runtimeService
                    .createMessageCorrelation(message)
                    .processInstanceBusinessKey(businessKey)
                    .setVariables(variables)
                    .correlateStartMessage();
            return true;
        });
    }

    /**
     * The running case that a start of this process with this business key and variables would
     * duplicate, or null. The friendly answer only: the start's own guard is the guarantee.
     */
    private String runningCase(String processKey, String businessKey, Map<String, Object> variables) {
        String caseKey = caseKeys.of(processKey, businessKey, variables::get);
        if (caseKey == null) {
            return null;
        }
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(processKey)
                .processInstanceBusinessKey(businessKey)
                .listPage(0, 10)
                .stream()
                .filter(instance -> caseKey.equals(caseKeys.of(
                        processKey, businessKey, name -> runtimeService.getVariable(instance.getId(), name))))
                .map(instance -> instance.getId())
                .findFirst()
                .orElse(null);
    }

    /**
     * Brings the timer at {@code timerActivityId} of the running {@code processKey} cases of this
     * business key to now, so that the job executor runs it at once.
     *
     * @return how many timers moved
     */
    public int bringTimerForward(String processKey, String businessKey, String timerActivityId) {
        return asSystem.call(() -> {
            int moved = 0;
            for (var instance : runtimeService
                    .createProcessInstanceQuery()
                    .processDefinitionKey(processKey)
                    .processInstanceBusinessKey(businessKey)
                    .listPage(0, 10)) {
                for (var timer : managementService
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .activityId(timerActivityId)
                        .listPage(0, 10)) {
                    managementService.setJobDuedate(timer.getId(), Date.from(clock.instant()));
                    moved++;
                }
            }
            if (moved > 0) {
                log.info("Case {}: timer {} of {} brought forward", businessKey, timerActivityId, processKey);
            }
            return moved;
        });
    }
}
