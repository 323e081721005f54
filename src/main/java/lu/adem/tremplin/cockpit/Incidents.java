package lu.adem.tremplin.cockpit;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * Open incidents (a step that failed and stopped retrying: the learning platform down, a mail server
 * refusing) with the case and jobseeker they hold up, and their retry, one or many at once, so that
 * supervisors rarely need Camunda Cockpit. The role is checked here; the engine calls then run on
 * Tremplin's behalf, and every retry is logged with who asked for it.
 */
@Service
public class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);
    public static final int SHOWN = 500;

    /** An open incident; {@code retryable} when it is a failed job or external task that retrying can fix. */
    public record OpenIncident(
            String id,
            String type,
            String message,
            Instant at,
            String processKey,
            String activityId,
            String caseId,
            String registrationNumber,
            String jobseekerName,
            boolean retryable) {}

    /** What became of one incident's retry; {@code problem} null when its job runs again. */
    public record Retry(String incidentId, String problem) {
        public boolean done() {
            return problem == null;
        }
    }

    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final ManagementService managementService;
    private final ExternalTaskService externalTaskService;
    private final EngineAsSystem asSystem;
    private final Jobseekers jobseekers;
    private final Clock clock;
    private final ProcessEngine engine;

    Incidents(
            RuntimeService runtimeService,
            RepositoryService repositoryService,
            ManagementService managementService,
            ExternalTaskService externalTaskService,
            EngineAsSystem asSystem,
            Jobseekers jobseekers,
            Clock clock,
            ProcessEngine engine) {
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.managementService = managementService;
        this.externalTaskService = externalTaskService;
        this.asSystem = asSystem;
        this.jobseekers = jobseekers;
        this.clock = clock;
        this.engine = engine;
    }

    /** Open incidents, newest first. */
    public List<OpenIncident> open() {
        Supervisors.require();
        List<Incident> incidents = asSystem.call(() -> runtimeService
                .createIncidentQuery()
                .orderByIncidentTimestamp()
                .desc()
                .listPage(0, SHOWN));
        Set<String> caseIds = incidents.stream()
                .map(Incident::getProcessInstanceId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, String> businessKeys = new HashMap<>();
        if (!caseIds.isEmpty()) {
            asSystem.call(() -> runtimeService
                            .createProcessInstanceQuery()
                            .processInstanceIds(caseIds)
                            .list())
                    .forEach(pi -> businessKeys.put(pi.getId(), pi.getBusinessKey()));
        }
        Map<String, String> keys = new HashMap<>();
        incidents.stream()
                .map(Incident::getProcessDefinitionId)
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> keys.put(
                        id,
                        asSystem.call(
                                () -> repositoryService.getProcessDefinition(id).getKey())));
        Map<String, String> names = jobseekers.namesOf(businessKeys.values().stream()
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        List<OpenIncident> open = new ArrayList<>();
        for (Incident incident : incidents) {
            String registration = businessKeys.get(incident.getProcessInstanceId());
            open.add(new OpenIncident(
                    incident.getId(),
                    incident.getIncidentType(),
                    incident.getIncidentMessage(),
                    incident.getIncidentTimestamp().toInstant(),
                    keys.get(incident.getProcessDefinitionId()),
                    incident.getActivityId(),
                    incident.getProcessInstanceId(),
                    registration,
                    names.get(registration),
                    retryable(incident)));
        }
        return open;
    }

    /**
     * Gives each incident's failed job or external task one more try, due now (the one clock's now): this node's
     * job executor is woken and runs it at once, instead of at the due date its last failure left (minutes later
     * with a retry cycle such as R3/PT5M). An external task is unlocked so that its worker fetches it now.
     */
    public List<Retry> retry(List<String> incidentIds) {
        CurrentUser user = Supervisors.require();
        List<Retry> results = new ArrayList<>();
        for (String id : incidentIds) {
            Incident incident = asSystem.call(
                    () -> runtimeService.createIncidentQuery().incidentId(id).singleResult());
            if (incident == null) {
                results.add(new Retry(id, "resolved meanwhile"));
                continue;
            }
            if (!retryable(incident)) {
                results.add(new Retry(id, "not a failed job: open it in Camunda Cockpit"));
                continue;
            }
            try {
                asSystem.run(() -> {
                    if (Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
                        managementService
                                .setJobRetries(1)
                                .jobId(incident.getConfiguration())
                                .dueDate(Date.from(clock.instant()))
                                .execute();
                    } else {
                        externalTaskService.setRetries(incident.getConfiguration(), 1);
                        externalTaskService.unlock(incident.getConfiguration());
                    }
                });
                log.info(
                        "{} retried incident {} ({} at {} of case {})",
                        user.userId(),
                        id,
                        incident.getIncidentType(),
                        incident.getActivityId(),
                        incident.getProcessInstanceId());
                results.add(new Retry(id, null));
            } catch (ProcessEngineException failed) {
                log.warn("Retry of incident {} by {} refused: {}", id, user.userId(), failed.getMessage());
                results.add(new Retry(id, failed.getMessage()));
            }
        }
        if (results.stream().anyMatch(Retry::done)) {
            wakeJobExecutor();
        }
        return results;
    }

    /**
     * Tells this node's job executor that jobs are due now, as the engine does for a job it creates: an idle
     * executor may otherwise sleep up to its longest idle wait ({@code max-wait}) before its next acquisition.
     */
    private void wakeJobExecutor() {
        if (engine.getProcessEngineConfiguration() instanceof ProcessEngineConfigurationImpl configuration
                && configuration.getJobExecutor() != null) {
            configuration.getJobExecutor().jobWasAdded();
        }
    }

    private static boolean retryable(Incident incident) {
        return incident.getConfiguration() != null
                && (Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())
                        || Incident.EXTERNAL_TASK_HANDLER_TYPE.equals(incident.getIncidentType()));
    }
}
