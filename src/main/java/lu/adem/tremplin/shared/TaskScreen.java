package lu.adem.tremplin.shared;

/**
 * A screen of its own for one kind of user task, which the module of the task's process registers as
 * a bean: the inbox opens {@code <route>/<task id>} for the tasks whose definition key is
 * {@code taskDefinitionKey}, and its own form screen for every other task. So the inbox names no
 * process's task and no other module's route.
 *
 * @param taskDefinitionKey the user task's id in its BPMN file, for example {@code ChooseCourse}
 * @param route the screen's route without the task id, for example {@code tasks/choose-course}
 */
public record TaskScreen(String taskDefinitionKey, String route) {

    public TaskScreen {
        if (taskDefinitionKey == null || taskDefinitionKey.isBlank()) {
            throw new IllegalArgumentException("A task screen needs the task definition key it works");
        }
        if (route == null || route.isBlank() || route.startsWith("/") || route.endsWith("/")) {
            throw new IllegalArgumentException(
                    "A task screen's route is a path without leading or trailing slash: " + route);
        }
    }
}
