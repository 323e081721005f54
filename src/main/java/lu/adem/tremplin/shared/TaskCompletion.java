package lu.adem.tremplin.shared;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Completes a task for the signed-in user. The engine's authorization checks decide whether the user
 * may; a task that is already completed — a double click, a colleague first, two browser tabs — is
 * reported as {@link TaskAlreadyDone} and changes nothing. The inbox's task screen and the screens that
 * processes bring for their own tasks (see {@link TaskScreen}) complete tasks through it.
 */
@Service
public class TaskCompletion {

    private static final Logger log = LoggerFactory.getLogger(TaskCompletion.class);

    private final TaskService taskService;
    private final EngineAsSystem asSystem;

    TaskCompletion(TaskService taskService, EngineAsSystem asSystem) {
        this.taskService = taskService;
        this.asSystem = asSystem;
    }

    /**
     * @throws TaskAlreadyDone when the task is no longer open, or not one the user may see (another
     *         agency's task, even when its id is known): the same answer, nothing is changed
     * @throws org.camunda.bpm.engine.AuthorizationException when the user sees the task but may not work it
     */
    public void complete(String taskId, Map<String, Object> variables) {
        String user = CurrentUser.get().map(CurrentUser::userId).orElse("system");
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            // gone, or somebody else's (another agency's): the same answer, so that no id is confirmed;
            // operators learn which from the log
            if (asSystem.call(() -> taskService.createTaskQuery().taskId(taskId).count()) > 0) {
                log.warn("User {} tried to complete task {}, which is not theirs to work", user, taskId);
            }
            throw new TaskAlreadyDone(taskId);
        }
        complete(task, variables);
    }

    /**
     * Completes a task the caller has just read under the user's authorization (saves reading it again).
     *
     * @throws TaskAlreadyDone when someone completed it in the meantime
     */
    public void complete(Task task, Map<String, Object> variables) {
        String user = CurrentUser.get().map(CurrentUser::userId).orElse("system");
        String taskId = task.getId();
        try {
            taskService.complete(taskId, variables);
        } catch (NullValueException | OptimisticLockingException concurrent) {
            // the task vanished between the check and the completion: someone else completed it
            log.info(
                    "Task {} completed by someone else while {} completed it: {}", taskId, user, concurrent.toString());
            throw new TaskAlreadyDone(taskId);
        } catch (RuntimeException failed) {
            // a completion racing another can also fail deeper in the engine; if the task is gone, it was done
            if (asSystem.call(() -> taskService.createTaskQuery().taskId(taskId).count()) == 0) {
                log.info(
                        "Task {} completed by someone else while {} completed it: {}", taskId, user, failed.toString());
                throw new TaskAlreadyDone(taskId);
            }
            throw failed;
        }
        log.info("Task {} ({}) completed by {}", taskId, task.getTaskDefinitionKey(), user);
    }

    /** The task is no longer open: completed by someone else, or by an earlier click. */
    public static class TaskAlreadyDone extends AlreadyDone {
        public TaskAlreadyDone(String taskId) {
            super("Task " + taskId + " is no longer open");
        }
    }
}
