package lu.adem.tremplin.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * The signed-in counsellor's tasks, in the lists of the inbox, searched, sorted and read a page at a
 * time. Camunda's authorization checks apply on top: a task is listed only if the engine lets this
 * user read it. Business data (jobseeker, route, languages) is fetched for a whole page at once.
 */
@Service
public class Inbox {

    /** Upper bound of one page; the engine refuses pages above its queryMaxResultsLimit. */
    public static final int PAGE_SIZE = 200;
    static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    static final String VAR_JOBSEEKER_ID = "jobseekerId";
    static final String VAR_AGENCY = "agency";
    static final String VAR_ROUTE = "route";

    /** The lists of the inbox. */
    public enum TaskList {
        /** Assigned to me, not put off to a follow-up date. */
        MINE,
        /** Waiting unassigned for my agency. */
        AGENCY,
        /** Mine or my agency's, past their due date. */
        OVERDUE,
        /** Mine or my agency's, due today. */
        DUE_TODAY,
        /** Mine or my agency's, put off until a follow-up date still to come. */
        FOLLOW_UP_LATER
    }

    public enum Sort {
        DUE, CREATED, TASK
    }

    /** @param search a jobseeker's name or registration number (part of it), or null */
    public record Query(TaskList list, String search, Sort sort) {
    }

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final EngineAsSystem asSystem;
    private final Jobseekers jobseekers;

    Inbox(TaskService taskService, RuntimeService runtimeService, EngineAsSystem asSystem, Jobseekers jobseekers) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.jobseekers = jobseekers;
    }

    public int count(Query query) {
        return taskQuery(query).map(q -> (int) q.count()).orElse(0);
    }

    public List<InboxTask> page(Query query, int offset, int limit) {
        var tasks = taskQuery(query).map(q -> sorted(q, query.sort()).listPage(offset, Math.min(limit, PAGE_SIZE)))
                .orElse(List.of());
        return lines(tasks);
    }

    /** The current user's open tasks (mine and my agency's), soonest due first; at most {@link #PAGE_SIZE}. */
    public List<InboxTask> openTasks() {
        CurrentUser user = CurrentUser.require();
        return lines(sorted(mineOrAgency(user), Sort.DUE).listPage(0, PAGE_SIZE));
    }

    private java.util.Optional<TaskQuery> taskQuery(Query query) {
        CurrentUser user = CurrentUser.require();
        Date now = new Date();
        Instant startOfDay = LocalDate.now(LUXEMBOURG).atStartOfDay(LUXEMBOURG).toInstant();
        TaskQuery tasks = switch (query.list()) {
            case MINE -> taskService.createTaskQuery().active().taskAssignee(user.userId()).followUpBeforeOrNotExistent(now);
            case AGENCY -> user.groupIds().isEmpty() ? null
                    : taskService.createTaskQuery().active().taskCandidateGroupIn(user.groupIds()).taskUnassigned()
                            .followUpBeforeOrNotExistent(now);
            case OVERDUE -> mineOrAgency(user).dueBefore(now);
            case DUE_TODAY -> mineOrAgency(user).dueAfter(Date.from(startOfDay))
                    .dueBefore(Date.from(startOfDay.plusSeconds(86_400)));
            case FOLLOW_UP_LATER -> mineOrAgency(user).followUpAfter(now);
        };
        if (tasks == null) {
            return java.util.Optional.empty();
        }
        if (query.search() != null && !query.search().isBlank()) {
            String text = query.search().trim();
            if (text.matches("(?i)[A-Z]{2}-[0-9A-Z-]*")) {
                tasks.processInstanceBusinessKeyLike("%" + text.toUpperCase(Locale.ROOT) + "%");
            } else {
                List<String> numbers = jobseekers.search(text, 0, 200).stream().map(j -> j.registrationNumber()).toList();
                if (numbers.isEmpty()) {
                    return java.util.Optional.empty();
                }
                tasks.processInstanceBusinessKeyIn(numbers.toArray(String[]::new));
            }
        }
        return java.util.Optional.of(tasks);
    }

    private TaskQuery mineOrAgency(CurrentUser user) {
        TaskQuery query = taskService.createTaskQuery().active();
        if (user.groupIds().isEmpty()) {
            return query.taskAssignee(user.userId());
        }
        return query.or().taskAssignee(user.userId()).taskCandidateGroupIn(user.groupIds()).endOr();
    }

    private static TaskQuery sorted(TaskQuery query, Sort sort) {
        return switch (sort == null ? Sort.DUE : sort) {
            case DUE -> query.orderByDueDate().asc().orderByTaskCreateTime().asc();
            case CREATED -> query.orderByTaskCreateTime().desc();
            case TASK -> query.orderByTaskName().asc().orderByTaskCreateTime().asc();
        };
    }

    private List<InboxTask> lines(List<Task> tasks) {
        Map<String, Map<String, Object>> variables = businessVariables(tasks);
        Map<String, Jobseekers.Summary> people = jobseekers.summariesOf(variables.values().stream()
                .map(vars -> (String) vars.get(VAR_JOBSEEKER_ID)).filter(Objects::nonNull).collect(Collectors.toSet()));
        return tasks.stream().map(task -> {
            Map<String, Object> vars = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
            String jobseekerId = (String) vars.get(VAR_JOBSEEKER_ID);
            Jobseekers.Summary person = jobseekerId == null ? null : people.get(jobseekerId);
            return new InboxTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), task.getProcessDefinitionId(),
                    jobseekerId, person == null ? null : person.name(), person == null ? Set.of() : person.languages(),
                    (String) vars.get(VAR_AGENCY), (String) vars.get(VAR_ROUTE), task.getAssignee(),
                    instant(task.getCreateTime()), instant(task.getDueDate()), instant(task.getFollowUpDate()));
        }).toList();
    }

    /**
     * The business variables of the listed tasks' cases, in one query. The tasks were already
     * filtered by the engine's authorization checks; reading three named variables of exactly those
     * cases needs no second check (a counsellor holds no read grant on whole process instances).
     */
    private Map<String, Map<String, Object>> businessVariables(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        List<VariableInstance> found = asSystem.call(() -> runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableNameIn(VAR_JOBSEEKER_ID, VAR_AGENCY, VAR_ROUTE)
                .disableCustomObjectDeserialization()
                .listPage(0, instanceIds.size() * 6));
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (VariableInstance variable : found) {
            // a called process's own variables and its parent's: prefer the instance's own scope
            byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                    .putIfAbsent(variable.getName(), variable.getValue());
        }
        return byInstance;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
