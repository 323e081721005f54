package lu.adem.tremplin.inbox.form;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.EngineCommands;

/**
 * Completing a task, by any path (Tremplin's task screen, the engine REST API, the webapps' API),
 * sets the fields of that task's Camunda Form and nothing else: a user's completion, form submission,
 * BPMN error or escalation that carries another variable is refused before the engine runs it, so a
 * counsellor cannot move a case to another agency or overwrite its proposed route by adding a
 * variable. Tremplin's own calls (no user) are not concerned. A task without a readable form accepts
 * no variables from a user.
 */
@Component
class TaskFormFieldsOnly extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskFormFieldsOnly.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequired(), configuration));
        configuration.setCustomPreCommandInterceptorsTxRequiresNew(
                withGuard(configuration.getCustomPreCommandInterceptorsTxRequiresNew(), configuration));
    }

    private static List<CommandInterceptor> withGuard(
            List<CommandInterceptor> others, ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> chain = others == null ? new ArrayList<>() : new ArrayList<>(others);
        chain.add(new Guard(configuration));
        return chain;
    }

    /** The interceptor: one per command executor. */
    private static final class Guard extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        Guard(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            Authentication user = configuration.getIdentityService().getCurrentAuthentication();
            if (!EngineCommands.isUser(user)) {
                return next.execute(command);
            }
            Optional<Map<String, ?>> variables = EngineCommands.completionVariables(command);
            if (variables.isEmpty() || variables.get().isEmpty()) {
                return next.execute(command);
            }
            String taskId = EngineCommands.taskId(command).orElse(null);
            if (taskId != null && !exists(taskId)) {
                // already completed (a second click, a client resending after a lost answer) or never there:
                // the engine answers as for any missing task, not as a refused field
                return next.execute(command);
            }
            Set<String> fields = fields(taskId);
            List<String> others = variables.get().keySet().stream()
                    .filter(name -> !fields.contains(name))
                    .sorted()
                    .toList();
            if (!others.isEmpty()) {
                log.warn(
                        "Refused {} of task {} by {}: {} not in the task's form",
                        command.getClass().getSimpleName(),
                        taskId,
                        user.getUserId(),
                        others);
                throw new AuthorizationException(
                        "A task is completed with the fields of its form only; not: " + String.join(", ", others));
            }
            return next.execute(command);
        }

        private boolean exists(String taskId) {
            return next.execute(context -> context.runWithoutAuthorization(
                    () -> context.getTaskManager().findTaskById(taskId) != null));
        }

        /** The keys of the task's Camunda Form, read on the engine's own behalf; none without a form. */
        private Set<String> fields(String taskId) {
            if (taskId == null) {
                return Set.of();
            }
            try {
                String json = next.execute(context -> context.runWithoutAuthorization(() -> {
                    try (InputStream form = new GetDeployedTaskFormCmd(taskId).execute(context)) {
                        return new String(form.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException unreadable) {
                        throw new IllegalStateException(unreadable);
                    }
                }));
                return TaskForm.parse(json).keys();
            } catch (RuntimeException noForm) {
                log.debug("Task {} has no readable Camunda Form: {}", taskId, noForm.toString());
                return Set.of();
            }
        }
    }
}
