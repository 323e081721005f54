package lu.adem.tremplin.inbox.form;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.StepNames;
import lu.adem.tremplin.shared.TaskCompletion;

/**
 * A task with its Camunda Form, for Tremplin's own task screen: open it (only if the engine lets the
 * user see it), claim, give back, complete. A submission sets only the form's own fields, after the
 * form's rules are checked again on the server.
 */
@Service
public class TaskForms {

    private static final Logger log = LoggerFactory.getLogger(TaskForms.class);

    /** A task as its screen shows it. */
    public record OpenTask(
            String taskId,
            String name,
            String taskKey,
            String assignee,
            Instant created,
            Instant due,
            String jobseekerId,
            String jobseekerName,
            TaskForm form,
            Map<String, Object> variables) {}

    /** The submission breaks the form's rules (by field key); nothing was changed. */
    public static class InvalidSubmission extends IllegalArgumentException {
        private final Map<String, String> problems;

        public InvalidSubmission(Map<String, String> problems) {
            super("Invalid form submission: " + problems);
            this.problems = Map.copyOf(problems);
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    private final TaskService taskService;
    private final DeployedForms forms;
    private final TaskCompletion completion;
    private final Jobseekers jobseekers;
    private final TaskActions actions;
    private final StepNames stepNames;

    TaskForms(
            TaskService taskService,
            DeployedForms forms,
            TaskCompletion completion,
            Jobseekers jobseekers,
            TaskActions actions,
            StepNames stepNames) {
        this.taskService = taskService;
        this.forms = forms;
        this.completion = completion;
        this.jobseekers = jobseekers;
        this.actions = actions;
        this.stepNames = stepNames;
    }

    public Optional<OpenTask> open(String taskId) {
        return open(taskId, null);
    }

    /** The task, named in {@code locale}'s language as its process version names it ({@link StepNames}). */
    public Optional<OpenTask> open(String taskId, Locale locale) {
        Task task = taskService
                .createTaskQuery()
                .taskId(taskId)
                .initializeFormKeys()
                .singleResult();
        if (task == null) {
            return Optional.empty();
        }
        Map<String, Object> variables = taskService.getVariables(taskId);
        String jobseekerId = (String) variables.get(CaseVariables.JOBSEEKER_ID);
        String name = jobseekerId == null
                ? null
                : jobseekers.find(jobseekerId).map(j -> j.fullName()).orElse(null);
        return Optional.of(new OpenTask(
                task.getId(),
                stepNames.name(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), locale, task.getName()),
                task.getTaskDefinitionKey(),
                task.getAssignee(),
                task.getCreateTime() == null ? null : task.getCreateTime().toInstant(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                jobseekerId,
                name,
                forms.of(task),
                variables));
    }

    public void claim(String taskId) {
        taskService.claim(taskId, CurrentUser.require().userId());
    }

    public void giveBack(String taskId) {
        actions.giveBack(taskId);
    }

    /** A dynamic list's entries, each cut down to the list's own fields. */
    private static Object entries(TaskForm.Component list, Object value) {
        if (!(value instanceof java.util.List<?> entries)) {
            return value;
        }
        java.util.Set<String> keys = new TaskForm(null, list.components()).keys();
        return entries.stream()
                .map(entry -> entry instanceof Map<?, ?> fields
                        ? fields.entrySet().stream()
                                .filter(field -> keys.contains(String.valueOf(field.getKey())))
                                .collect(java.util.stream.Collectors.toMap(
                                        field -> String.valueOf(field.getKey()),
                                        Map.Entry::getValue,
                                        (a, b) -> a,
                                        LinkedHashMap::new))
                        : entry)
                .toList();
    }

    /**
     * Completes the task with the form's fields only (others are dropped and logged).
     *
     * @throws InvalidSubmission when the form's rules are broken
     * @throws TaskCompletion.TaskAlreadyDone when someone completed it first
     */
    public void complete(String taskId, Map<String, Object> submitted) {
        Task task = taskService
                .createTaskQuery()
                .taskId(taskId)
                .initializeFormKeys()
                .singleResult();
        if (task == null) {
            completion.complete(taskId, Map.of()); // gone or not this user's: says which, changes nothing
            return;
        }
        TaskForm form = forms.of(task);
        Map<String, Object> values = new LinkedHashMap<>();
        for (TaskForm.Component field : form.fields()) {
            if (submitted.containsKey(field.key())) {
                values.put(
                        field.key(),
                        field.isList() ? entries(field, submitted.get(field.key())) : submitted.get(field.key()));
            }
        }
        if (values.size() < submitted.size()) {
            log.warn(
                    "Task {}: fields not in its form were dropped: {}",
                    taskId,
                    submitted.keySet().stream()
                            .filter(key -> !values.containsKey(key))
                            .toList());
        }
        Map<String, String> problems = form.problems(values, taskService.getVariables(taskId));
        if (!problems.isEmpty()) {
            throw new InvalidSubmission(problems);
        }
        completion.complete(task, values);
    }
}
