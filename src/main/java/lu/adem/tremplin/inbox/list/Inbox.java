package lu.adem.tremplin.inbox.list;

import java.time.Clock;
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
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.StepNames;
import lu.adem.tremplin.shared.engine.tables.TaskLists;
import lu.adem.tremplin.shared.engine.tables.TaskReadGrants;

/**
 * The signed-in counsellor's tasks, in the lists of the inbox, searched, sorted and read a page at a
 * time. Every list is limited to the user's own tasks and groups; Camunda's authorization check then
 * runs on each page's rows, so a task is listed only if the engine lets this user read it. Business
 * data (jobseeker, route, languages) is fetched for a whole page at once.
 */
@Service
public class Inbox {

    /** Upper bound of one page; the engine refuses pages above its queryMaxResultsLimit. */
    public static final int PAGE_SIZE = 200;

    public static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

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

    /** JOBSEEKER: by registration number; the engine keeps no names (data minimisation, PROGRAMME.md "GDPR"). */
    public enum Sort {
        DUE,
        CREATED,
        JOBSEEKER,
        TASK
    }

    /** @param search a jobseeker's name or registration number (part of it), or null */
    public record Query(TaskList list, String search, Sort sort) {}

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final EngineAsSystem asSystem;
    private final Jobseekers jobseekers;
    private final TaskLists lists;
    private final TaskReadGrants grants;
    private final Clock clock;
    private final TaskCounts counts;
    private final StepNames stepNames;

    Inbox(
            TaskService taskService,
            RuntimeService runtimeService,
            EngineAsSystem asSystem,
            Jobseekers jobseekers,
            TaskLists lists,
            TaskReadGrants grants,
            Clock clock,
            TaskCounts counts,
            StepNames stepNames) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.jobseekers = jobseekers;
        this.lists = lists;
        this.grants = grants;
        this.clock = clock;
        this.counts = counts;
        this.stepNames = stepNames;
    }

    /** Today in Luxembourg by Tremplin's one clock: the earliest day a task's due or follow-up date may take. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LUXEMBOURG));
    }

    /**
     * How many tasks the list holds. Every list is limited to the user's own work — tasks assigned to
     * them, or unassigned and offered to one of their groups, which the engine grants READ on when it
     * creates the task — so the count runs on those filters ({@link TaskLists}) without Camunda's
     * per-task authorization join. Rows are checked by the engine in {@link #page}.
     *
     * <p>Without a search the count is the sum of the user's own part and their groups' part, each cached
     * ({@link TaskCounts}): a refresh of every inbox of an agency counts the agency's tasks once.
     */
    public int count(Query query) {
        if (query.search() != null && !query.search().isBlank()) {
            return filter(query).map(lists::count).orElse(0);
        }
        CurrentUser user = CurrentUser.require();
        TaskList list = query.list();
        int mine = list == TaskList.AGENCY
                ? 0
                : counts.count(
                        TaskCounts.Part.mine(user.userId(), list),
                        () -> lists.count(filter(list, TaskLists.Holder.ASSIGNEE, user, null, null)));
        int agency = list == TaskList.MINE || user.groupIds().isEmpty()
                ? 0
                : counts.count(
                        TaskCounts.Part.agency(user.groupIds(), list),
                        () -> lists.count(filter(list, TaskLists.Holder.CANDIDATE_GROUP, user, null, null)));
        return mine + agency;
    }

    /** The count without {@link TaskCounts}: what every refresh paid before it (the refresh-load benchmark's before). */
    int uncachedCount(Query query) {
        return filter(query).map(lists::count).orElse(0);
    }

    /**
     * One page of the list: the page's task ids are chosen on the list's filters, then checked for
     * READ as Camunda would check them, so a task whose grant was taken away or revoked is left out and
     * nothing is shown that Camunda would not show this user.
     */
    public List<InboxTask> page(Query query, int offset, int limit) {
        return page(query, offset, limit, null);
    }

    /**
     * As {@link #page(Query, int, int)}, with each task's name in {@code locale}'s language as its process
     * names it ({@link StepNames}: read once per process version, so no query per row); sorting by task
     * still follows the names the engine holds.
     */
    public List<InboxTask> page(Query query, int offset, int limit, Locale locale) {
        List<String> ids = filter(query)
                .map(filter -> lists.pageIds(filter, order(query.sort()), offset, Math.min(limit, PAGE_SIZE)))
                .orElse(List.of());
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<String> readable = readable(ids);
        Map<String, Task> tasks = asSystem
                .call(() -> taskService
                        .createTaskQuery()
                        .taskIdIn(ids.toArray(String[]::new))
                        .listPage(0, ids.size()))
                .stream()
                .collect(Collectors.toMap(Task::getId, task -> task));
        return lines(
                ids.stream()
                        .filter(readable::contains)
                        .map(tasks::get)
                        .filter(Objects::nonNull)
                        .toList(),
                locale);
    }

    /**
     * The page's tasks this user may read. An explicit READ grant settles most rows in one indexed
     * query; the engine's own check (whose authorization join is slow on many grants, ADR 0009) runs
     * for any row left unconfirmed, and for all of them when revokes exist.
     */
    private Set<String> readable(List<String> ids) {
        CurrentUser user = CurrentUser.require();
        Set<String> readable = new java.util.HashSet<>(
                grants.readable(user.userId(), user.groupIds(), ids).orElse(Set.of()));
        List<String> ask = ids.stream().filter(id -> !readable.contains(id)).toList();
        if (!ask.isEmpty()) {
            taskService
                    .createTaskQuery()
                    .taskIdIn(ask.toArray(String[]::new))
                    .listPage(0, ask.size())
                    .forEach(task -> readable.add(task.getId()));
        }
        return readable;
    }

    private java.util.Optional<TaskLists.Filter> filter(Query query) {
        CurrentUser user = CurrentUser.require();
        String keyLike = null;
        List<String> keys = null;
        if (query.search() != null && !query.search().isBlank()) {
            String text = query.search().trim();
            if (text.matches("(?i)[A-Z]{2}-[0-9A-Z-]*")) {
                keyLike = "%" + text.toUpperCase(Locale.ROOT) + "%";
            } else {
                keys = jobseekers.search(text, 0, 200).stream()
                        .map(j -> j.registrationNumber())
                        .toList();
                if (keys.isEmpty()) {
                    return java.util.Optional.empty();
                }
            }
        }
        if (query.list() == TaskList.AGENCY && user.groupIds().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(filter(query.list(), holder(query.list()), user, keyLike, keys));
    }

    private static TaskLists.Holder holder(TaskList list) {
        return switch (list) {
            case MINE -> TaskLists.Holder.ASSIGNEE;
            case AGENCY -> TaskLists.Holder.CANDIDATE_GROUP;
            case OVERDUE, DUE_TODAY, FOLLOW_UP_LATER -> TaskLists.Holder.ASSIGNEE_OR_CANDIDATE_GROUP;
        };
    }

    /**
     * The list as the engine's tables see it: whose tasks (the list's holder, or one of its two disjoint
     * parts: assigned to the user, unassigned for their groups), and which dates ("today" is Luxembourg's day).
     */
    private TaskLists.Filter filter(
            TaskList list, TaskLists.Holder holder, CurrentUser user, String keyLike, List<String> keys) {
        Instant now = Instant.now(clock);
        LocalDate today = today();
        TaskLists.Dates dates = switch (list) {
            case MINE, AGENCY -> TaskLists.Dates.NOT_PUT_OFF;
            case OVERDUE -> TaskLists.Dates.OVERDUE;
            case DUE_TODAY -> TaskLists.Dates.DUE_WITHIN;
            case FOLLOW_UP_LATER -> TaskLists.Dates.PUT_OFF;
        };
        Instant dayStart =
                list == TaskList.DUE_TODAY ? today.atStartOfDay(LUXEMBOURG).toInstant() : null;
        return new TaskLists.Filter(
                user.userId(),
                user.groupIds(),
                holder,
                dates,
                now,
                dayStart,
                dayStart == null ? null : dayStart.plusSeconds(86_400),
                keyLike,
                keys);
    }

    private static TaskLists.Order order(Sort sort) {
        return switch (sort == null ? Sort.DUE : sort) {
            case DUE -> TaskLists.Order.DUE;
            case CREATED -> TaskLists.Order.NEWEST;
            case JOBSEEKER -> TaskLists.Order.BUSINESS_KEY;
            case TASK -> TaskLists.Order.NAME;
        };
    }

    private List<InboxTask> lines(List<Task> tasks, Locale locale) {
        Map<String, Map<String, Object>> variables = businessVariables(tasks);
        Map<String, Jobseekers.Summary> people = jobseekers.summariesOf(variables.values().stream()
                .map(vars -> (String) vars.get(CaseVariables.JOBSEEKER_ID))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        return tasks.stream()
                .map(task -> {
                    Map<String, Object> vars = variables.getOrDefault(task.getProcessInstanceId(), Map.of());
                    String jobseekerId = (String) vars.get(CaseVariables.JOBSEEKER_ID);
                    Jobseekers.Summary person = jobseekerId == null ? null : people.get(jobseekerId);
                    return new InboxTask(
                            task.getId(),
                            stepNames.name(
                                    task.getProcessDefinitionId(), task.getTaskDefinitionKey(), locale, task.getName()),
                            task.getTaskDefinitionKey(),
                            task.getProcessDefinitionId(),
                            jobseekerId,
                            person == null ? null : person.name(),
                            person == null ? Set.of() : person.languages(),
                            (String) vars.get(CaseVariables.AGENCY),
                            (String) vars.get(CaseVariables.ROUTE),
                            task.getAssignee(),
                            task.getOwner() != null && !task.getOwner().equals(task.getAssignee())
                                    ? task.getOwner()
                                    : null,
                            instant(task.getCreateTime()),
                            instant(task.getDueDate()),
                            instant(task.getFollowUpDate()));
                })
                .toList();
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
        List<VariableInstance> found = asSystem.call(() -> runtimeService
                .createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableNameIn(CaseVariables.JOBSEEKER_ID, CaseVariables.AGENCY, CaseVariables.ROUTE)
                .disableCustomObjectDeserialization()
                .listPage(0, instanceIds.size() * 6));
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (VariableInstance variable : found) {
            // a called process's own variables and its parent's: prefer the instance's own scope
            byInstance
                    .computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                    .putIfAbsent(variable.getName(), variable.getValue());
        }
        return byInstance;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
