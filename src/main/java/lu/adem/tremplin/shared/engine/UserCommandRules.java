package lu.adem.tremplin.shared.engine;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import lu.adem.tremplin.shared.EngineCommands;

/**
 * Rules the engine applies to every command a signed-in user runs, whatever the path (engine REST, the
 * webapps' API, Tremplin's own services acting as the user). Tremplin's own calls run without a user
 * ({@code EngineAsSystem}) after Tremplin's checks, and are not concerned.
 * <ul>
 * <li>Variables change, and processes start, only through Tremplin's services: a user's command that
 * sets or removes variables, starts a process or correlates a message is refused, unless the user is an
 * engine administrator (Camunda Cockpit's repairs). Completing a task sets the task form's fields only:
 * {@code TaskFormFieldsOnly} in the inbox module checks that.</li>
 * <li>Deployments and process versions are deleted by administrators only (a process owner deploys and
 * reads).</li>
 * <li>Attachments are closed to users other than administrators: Camunda 7.24's attachment commands
 * check no authorization.</li>
 * <li>A task the user may not see answers as a task that does not exist, so that an error never tells
 * whether a task id exists.</li>
 * </ul>
 */
class UserCommandRules extends CommandInterceptor {

    private static final Logger log = LoggerFactory.getLogger(UserCommandRules.class);

    /** Commands that start processes or push data into waiting ones (by simple class name). */
    private static final Set<String> STARTS_AND_MESSAGES = Set.of(
            "StartProcessInstanceCmd",
            "StartProcessInstanceAtActivitiesCmd",
            "SubmitStartFormCmd",
            "CorrelateMessageCmd",
            "CorrelateAllMessageCmd",
            "CorrelateStartMessageCmd",
            "SignalEventReceivedCmd",
            "SignalCmd",
            "MessageEventReceivedCmd",
            "EvaluateStartConditionCmd",
            "SetVariablesToProcessInstancesBatchCmd",
            "ModifyProcessInstanceCmd",
            "ProcessInstanceModificationCmd",
            "RestartProcessInstancesCmd");

    /**
     * Deletions of versions: Camunda grants the deploying user DELETE on their own deployment, and a
     * cascading delete ends the running cases of it.
     */
    private static final Set<String> VERSION_DELETIONS =
            Set.of("DeleteDeploymentCmd", "DeleteProcessDefinitionsByIdsCmd", "DeleteProcessDefinitionsByKeyCmd");

    private final Supplier<Authentication> authentication;

    UserCommandRules(Supplier<Authentication> authentication) {
        this.authentication = authentication;
    }

    @Override
    public <T> T execute(Command<T> command) {
        Authentication user = authentication.get();
        if (!EngineCommands.isUser(user) || EngineCommands.isAdministrator(user)) {
            return next.execute(command);
        }
        String type = command.getClass().getSimpleName();
        if (command instanceof AbstractSetVariableCmd
                || command instanceof AbstractRemoveVariableCmd
                || command instanceof AbstractPatchVariablesCmd
                || STARTS_AND_MESSAGES.contains(type)) {
            throw refused(user, type, "variables change and processes start only through Tremplin's screens");
        }
        if (VERSION_DELETIONS.contains(type)) {
            throw refused(user, type, "versions are deleted by administrators only");
        }
        if (type.contains("Attachment")) {
            throw refused(user, type, "attachments are closed");
        }
        Optional<String> taskId = EngineCommands.taskId(command);
        if (taskId.isPresent() && !visible(taskId.get())) {
            log.warn("Refused {} on task {} to user {}: not a task they may see", type, taskId.get(), user.getUserId());
            throw new NotFoundException("Cannot find task with id " + taskId.get() + ": task is null");
        }
        return next.execute(command);
    }

    /** Whether the current user's task query finds the task (the engine's authorizations decide). */
    private boolean visible(String taskId) {
        TaskQueryImpl query = new TaskQueryImpl();
        query.taskId(taskId);
        return next.execute(context -> query.executeCount(context)) > 0;
    }

    private static AuthorizationException refused(Authentication user, String command, String why) {
        log.warn("Refused {} to user {}: {}", command, user.getUserId(), why);
        return new AuthorizationException(user.getUserId() + " may not run " + command + ": " + why);
    }
}
