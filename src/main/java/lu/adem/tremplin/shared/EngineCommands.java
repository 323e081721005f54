package lu.adem.tremplin.shared;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;

/**
 * What Tremplin's engine guards need to know about a command before the engine runs it: the task it
 * concerns and the variables it would set. Camunda 7.24 keeps these in protected fields of its
 * command classes, with no public accessor, so they are read by reflection. A field that is missing
 * (a later Camunda release renamed it) is an {@link IllegalStateException}: the guards then refuse the
 * command rather than let it through unchecked. {@code EngineGuardsIntegrationTests} pins the fields.
 */
public final class EngineCommands {

    /** Commands that carry the task id in {@code entityId} (task variables). */
    private static final Set<String> TASK_ENTITY_COMMANDS =
            Set.of("SetTaskVariablesCmd", "RemoveTaskVariablesCmd", "PatchTaskVariablesCmd");

    private EngineCommands() {}

    /** The id of the task a command of Camunda's concerns, if it concerns one. */
    public static Optional<String> taskId(Command<?> command) {
        String type = command.getClass().getSimpleName();
        if (!isCamundaCommand(command)) {
            return Optional.empty();
        }
        if (TASK_ENTITY_COMMANDS.contains(type)) {
            return Optional.ofNullable((String) read(command, "entityId"));
        }
        if (type.equals("GetTaskFormVariablesCmd")) {
            return Optional.ofNullable((String) read(command, "resourceId"));
        }
        return field(command.getClass(), "taskId").map(field -> (String) read(command, field));
    }

    /**
     * The variables a task completion would set ({@code CompleteTaskCmd}, {@code SubmitTaskFormCmd},
     * {@code HandleTaskBpmnErrorCmd}, {@code HandleTaskEscalationCmd}); empty for other commands.
     */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, ?>> completionVariables(Command<?> command) {
        if (!isCamundaCommand(command)) {
            return Optional.empty();
        }
        String field = switch (command.getClass().getSimpleName()) {
            case "CompleteTaskCmd", "HandleTaskBpmnErrorCmd", "HandleTaskEscalationCmd" -> "variables";
            case "SubmitTaskFormCmd" -> "properties";
            default -> null;
        };
        if (field == null) {
            return Optional.empty();
        }
        Object variables = read(command, field);
        return Optional.of(variables == null ? Map.of() : (Map<String, ?>) variables);
    }

    /** Whether the engine's current authentication is a user's (not Tremplin's own, system call). */
    public static boolean isUser(Authentication authentication) {
        return authentication != null && authentication.getUserId() != null;
    }

    /** Whether the authenticated user is an engine administrator (member of {@code camunda-admin}). */
    public static boolean isAdministrator(Authentication authentication) {
        Collection<String> groups = authentication == null || authentication.getGroupIds() == null
                ? List.of()
                : authentication.getGroupIds();
        return groups.contains(Groups.CAMUNDA_ADMIN);
    }

    private static boolean isCamundaCommand(Command<?> command) {
        return command.getClass().getName().startsWith("org.camunda.bpm.engine.impl.cmd.");
    }

    private static Object read(Command<?> command, String name) {
        return read(
                command,
                field(command.getClass(), name)
                        .orElseThrow(() -> new IllegalStateException(
                                "Camunda's " + command.getClass().getName() + " has no field " + name + " any more")));
    }

    private static Object read(Command<?> command, Field field) {
        try {
            field.setAccessible(true);
            return field.get(command);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            throw new IllegalStateException(
                    "Cannot read " + field + " of " + command.getClass().getName(), unreadable);
        }
    }

    private static Optional<Field> field(Class<?> type, String name) {
        for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
            try {
                return Optional.of(current.getDeclaredField(name));
            } catch (NoSuchFieldException notHere) {
                // look in the superclass
            }
        }
        return Optional.empty();
    }
}
