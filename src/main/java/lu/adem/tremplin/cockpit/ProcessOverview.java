package lu.adem.tremplin.cockpit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.springframework.stereotype.Service;

/** Running cases, open tasks and incidents per process, all versions together. */
@Service
public class ProcessOverview {

    private final ManagementService managementService;
    private final TaskService taskService;

    ProcessOverview(ManagementService managementService, TaskService taskService) {
        this.managementService = managementService;
        this.taskService = taskService;
    }

    /** One process with its figures across versions. */
    public record ProcessFigures(String key, String name, long runningCases, long openTasks, long incidents) {}

    public List<ProcessFigures> processes() {
        Map<String, ProcessFigures> byKey = new LinkedHashMap<>();
        for (ProcessDefinitionStatistics s : managementService
                .createProcessDefinitionStatisticsQuery()
                .includeIncidents()
                .unlimitedList()) {
            long incidents = s.getIncidentStatistics().stream()
                    .mapToLong(i -> i.getIncidentCount())
                    .sum();
            byKey.merge(
                    s.getKey(),
                    new ProcessFigures(s.getKey(), s.getName(), s.getInstances(), 0, incidents),
                    (a, b) -> new ProcessFigures(
                            a.key(),
                            b.name() == null ? a.name() : b.name(),
                            a.runningCases() + b.runningCases(),
                            0,
                            a.incidents() + b.incidents()));
        }
        // One count per process key: a handful of keys, not one query per case.
        return byKey.values().stream()
                .map(p -> new ProcessFigures(
                        p.key(),
                        p.name(),
                        p.runningCases(),
                        taskService
                                .createTaskQuery()
                                .processDefinitionKey(p.key())
                                .count(),
                        p.incidents()))
                .sorted(java.util.Comparator.comparing(ProcessFigures::key))
                .toList();
    }
}
