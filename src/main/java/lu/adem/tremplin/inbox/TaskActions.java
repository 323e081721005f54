package lu.adem.tremplin.inbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.inbox.list.Inbox;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.TaskCompletion;

/**
 * What a counsellor does to tasks besides completing them: claim, hand over to a colleague, give back,
 * set the due or follow-up date, comment — on one task or several at once; with several, each task's
 * result is reported and a refusal stops none of the others.
 *
 * <p>Counsellors hold only {@code TASK_WORK} on their agency's tasks (claim and complete): a change of
 * assignee or dates is made on Tremplin's behalf once Tremplin has checked that the user works the task
 * (its assignee, or a member of its candidate group) — and, for a hand-over, that the colleague works
 * for the same agency. Supervisors and administrators hold {@code TASK_ASSIGN} themselves: the engine
 * checks them.
 */
@Service
public class TaskActions {

    private static final Logger log = LoggerFactory.getLogger(TaskActions.class);

    /** What became of one task of a bulk action; {@code problem} is null when it worked. */
    public record Result(String taskId, String problem) {
        public boolean done() {
            return problem == null;
        }
    }

    private final TaskService taskService;
    private final IdentityService identityService;
    private final EngineAsSystem asSystem;

    TaskActions(TaskService taskService, IdentityService identityService, EngineAsSystem asSystem) {
        this.taskService = taskService;
        this.identityService = identityService;
        this.asSystem = asSystem;
    }

    public List<Result> claim(List<String> taskIds) {
        String me = CurrentUser.require().userId();
        return each(taskIds, id -> taskService.claim(id, me));
    }

    /** Hands the tasks to a colleague of the same agency (a member of the task's candidate group). */
    public List<Result> handOver(List<String> taskIds, String colleague) {
        return each(taskIds, id -> {
            // the directory is read on Tremplin's behalf; the assignment itself is the user's, checked by the engine
            List<String> groups = taskService.getIdentityLinksForTask(id).stream()
                    .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId)
                    .filter(java.util.Objects::nonNull)
                    .toList();
            boolean sameAgency = asSystem.call(() -> groups.stream()
                    .anyMatch(group -> identityService
                                    .createUserQuery()
                                    .userId(colleague)
                                    .memberOfGroup(group)
                                    .count()
                            > 0));
            if (!sameAgency) {
                throw new IllegalArgumentException(colleague + " does not work for this task's agency");
            }
            change(id, () -> taskService.setAssignee(id, colleague));
        });
    }

    /** Gives the task back to the agency's unassigned list. */
    public void giveBack(String taskId) {
        change(taskId, () -> taskService.setAssignee(taskId, null));
    }

    public List<Result> setDueDate(List<String> taskIds, LocalDate day) {
        Date date = day == null
                ? null
                : Date.from(day.atTime(17, 0).atZone(Inbox.LUXEMBOURG).toInstant());
        return each(taskIds, id -> change(id, () -> taskService.setDueDate(id, date)));
    }

    public List<Result> setFollowUpDate(List<String> taskIds, LocalDate day) {
        Date date = day == null
                ? null
                : Date.from(day.atStartOfDay(Inbox.LUXEMBOURG).toInstant());
        return each(taskIds, id -> change(id, () -> taskService.setFollowUpDate(id, date)));
    }

    /**
     * Changes a task the user may see: on Tremplin's behalf when the user works it (assignee or candidate
     * group), else as the user, for the engine to decide (a supervisor's {@code TASK_ASSIGN}).
     */
    private void change(String taskId, Runnable change) {
        CurrentUser me = CurrentUser.require();
        var task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskCompletion.TaskAlreadyDone(taskId);
        }
        boolean works = me.userId().equals(task.getAssignee())
                || taskService.getIdentityLinksForTask(taskId).stream()
                        .anyMatch(link ->
                                link.getGroupId() != null && me.groupIds().contains(link.getGroupId()));
        if (works) {
            asSystem.run(change);
            log.info("Task {} changed by {} (works it)", taskId, me.userId());
        } else {
            change.run();
        }
    }

    public void comment(String taskId, String text) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new IllegalArgumentException("A comment has 1 to 2,000 characters");
        }
        var task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskCompletion.TaskAlreadyDone(taskId);
        }
        taskService.createComment(taskId, task.getProcessInstanceId(), text.trim());
    }

    public List<org.camunda.bpm.engine.task.Comment> comments(String taskId) {
        return taskService.getTaskComments(taskId);
    }

    /** Colleagues who may take over a task of these groups (the agency's counsellors), for the hand-over list. */
    public List<String> colleagues(List<String> groupIds) {
        return asSystem.call(() -> {
            List<String> ids = new ArrayList<>();
            for (String group : groupIds) {
                identityService.createUserQuery().memberOfGroup(group).listPage(0, 200).stream()
                        .map(User::getId)
                        .filter(id -> !ids.contains(id))
                        .forEach(ids::add);
            }
            return ids;
        });
    }

    private List<Result> each(List<String> taskIds, Consumer<String> action) {
        List<Result> results = new ArrayList<>();
        for (String id : taskIds) {
            try {
                if (taskService.createTaskQuery().taskId(id).count() == 0) {
                    throw new IllegalArgumentException("task no longer open, or not yours to see");
                }
                action.accept(id);
                results.add(new Result(id, null));
            } catch (AuthorizationException refused) {
                results.add(new Result(id, "not allowed"));
            } catch (IllegalArgumentException | ProcessEngineException failed) {
                log.info("Task action on {} refused: {}", id, failed.getMessage());
                results.add(new Result(id, failed.getMessage()));
            }
        }
        return results;
    }
}
