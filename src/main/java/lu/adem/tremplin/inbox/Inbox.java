package lu.adem.tremplin.inbox;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * The signed-in counsellor's open tasks: assigned to them, or waiting unassigned in one of their
 * groups (their agency). Camunda's authorization checks apply on top: a task is listed only if the
 * engine lets this user read it.
 */
@Service
public class Inbox {

    /** Upper bound of one inbox page; the engine refuses pages above its queryMaxResultsLimit. */
    public static final int PAGE_SIZE = 200;

    static final String VAR_JOBSEEKER_ID = "jobseekerId";
    static final String VAR_AGENCY = "agency";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final EngineAsSystem asSystem;
    private final Jobseekers jobseekers;

    Inbox(TaskService taskService, RuntimeService runtimeService, EngineAsSystem asSystem,
            Jobseekers jobseekers) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.jobseekers = jobseekers;
    }

    /** The current user's tasks, soonest due first; at most {@link #PAGE_SIZE}. */
    public List<InboxTask> openTasks() {
        CurrentUser user = CurrentUser.require();
        var query = taskService.createTaskQuery().active();
        if (user.groupIds().isEmpty()) {
            query.taskAssignee(user.userId());
        } else {
            query.or().taskAssignee(user.userId()).taskCandidateGroupIn(user.groupIds()).endOr();
        }
        List<Task> tasks = query.orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, PAGE_SIZE);
        Map<String, Map<String, Object>> variables = businessVariables(tasks);
        Map<String, String> names = jobseekers.namesOf(variables.values().stream()
                .map(vars -> (String) vars.get(VAR_JOBSEEKER_ID)).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet()));
        return tasks.stream().map(task -> {
            Map<String, Object> vars = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
            String jobseekerId = (String) vars.get(VAR_JOBSEEKER_ID);
            return new InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(),
                    task.getProcessDefinitionId(), jobseekerId,
                    jobseekerId == null ? null : names.get(jobseekerId), (String) vars.get(VAR_AGENCY),
                    task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()));
        }).toList();
    }

    /**
     * The business variables of the listed tasks' cases, in one query. The tasks were already
     * filtered by the engine's authorization checks; reading two named variables of exactly those
     * cases needs no second check (a counsellor holds no read grant on whole process instances).
     */
    private Map<String, Map<String, Object>> businessVariables(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        List<VariableInstance> found = asSystem.call(() -> runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableNameIn(VAR_JOBSEEKER_ID, VAR_AGENCY)
                .disableCustomObjectDeserialization()
                .listPage(0, instanceIds.size() * 2));
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (VariableInstance variable : found) {
            byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                    .put(variable.getName(), variable.getValue());
        }
        return byInstance;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
