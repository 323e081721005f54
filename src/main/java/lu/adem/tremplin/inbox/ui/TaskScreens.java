package lu.adem.tremplin.inbox.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.TaskScreen;

/**
 * Where the inbox opens a task: the screen that the task's module registered for its definition key
 * ({@link TaskScreen}), else the task screen with its form ({@link TaskView}).
 */
@Component
class TaskScreens {

    private final Map<String, String> routes = new HashMap<>();

    TaskScreens(List<TaskScreen> screens) {
        for (TaskScreen screen : screens) {
            String other = routes.putIfAbsent(screen.taskDefinitionKey(), screen.route());
            if (other != null) {
                throw new IllegalStateException("Two screens registered for task " + screen.taskDefinitionKey() + ": "
                        + other + " and " + screen.route());
            }
        }
    }

    /** The path that opens the task, for example {@code tasks/choose-course/<task id>}. */
    String path(String taskDefinitionKey, String taskId) {
        return routes.getOrDefault(taskDefinitionKey, TaskView.PATH) + "/" + taskId;
    }
}
