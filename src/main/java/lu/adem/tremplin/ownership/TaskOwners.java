package lu.adem.tremplin.ownership;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;

/**
 * Applies the {@link AssignmentRule} inside the engine: every user task of every deployed process gets, at
 * parse time (process owners model nothing), a "create" listener that assigns the new task, and a
 * "complete" listener that remembers who completed it. The rule thus holds for tasks created by a
 * counsellor's completion, by a timer or by a message alike, on every node.
 *
 * <p>A task completed without being claimed is recorded as completed by the user who completed it (its
 * assignee in the history), so that "the counsellor who completed the previous task" is known later, when
 * a timer creates the next task. Within the command that completes a task the history is not yet written:
 * the completion is remembered for that command.
 */
public class TaskOwners extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(TaskOwners.class);

    /** The jobseeker's referent counsellor (a user id), by registration number. */
    public interface Referents {
        Optional<String> referentOf(String registrationNumber);
    }

    /** The colleague covering for a counsellor on a day, if the counsellor is absent then. */
    public interface Covers {
        Optional<String> coverOf(String userId, LocalDate day);
    }

    private final Referents referents;
    private final Covers covers;
    private final Clock clock;

    /** Completions of the current command: case key → completer, with the command they belong to. */
    private final ThreadLocal<CommandCompletions> completions = new ThreadLocal<>();

    public TaskOwners(Referents referents, Covers covers, Clock clock) {
        this.referents = referents;
        this.covers = covers;
        this.clock = clock;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener assign = this::assign;
        TaskListener remember = this::remember;
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addTaskListener(TaskListener.EVENTNAME_CREATE, assign);
                definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, remember);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    /**
     * The key of a task's case: the jobseeker's registration number, the business key of all their cases (null
     * for a case started without one, whose tasks stay with the agency).
     */
    static String caseKey(DelegateTask task) {
        return task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }

    /** The one agency the task's candidate groups name, if exactly one. */
    static Optional<Agency> agencyOf(DelegateTask task) {
        List<Agency> agencies = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(link -> Agency.byGroupId(link.getGroupId()))
                .flatMap(Optional::stream)
                .distinct()
                .toList();
        return agencies.size() == 1 ? Optional.of(agencies.get(0)) : Optional.empty();
    }

    private void assign(DelegateTask task) {
        if (task.getAssignee() != null) {
            return;
        }
        Optional<Agency> agency = agencyOf(task);
        if (agency.isEmpty()) {
            return;
        }
        CommandContext command = Context.getCommandContext();
        String caseKey = caseKey(task);
        AssignmentRule.Decision decision = command.runWithoutAuthorization(
                () -> AssignmentRule.decide(agency.get(), caseKey, LocalDate.now(clock), facts(command)));
        if (decision.assigned()) {
            if (decision.coveringFor() != null) {
                task.setOwner(decision.coveringFor());
            }
            task.setAssignee(decision.assignee());
            log.info(
                    "Task {} ({}) of case {} assigned to {} ({}{})",
                    task.getId(),
                    task.getTaskDefinitionKey(),
                    caseKey,
                    decision.assignee(),
                    decision.reason(),
                    decision.coveringFor() == null ? "" : ", covering for " + decision.coveringFor());
        }
    }

    private void remember(DelegateTask task) {
        String completer = task.getAssignee();
        CommandContext command = Context.getCommandContext();
        if (completer == null) {
            completer = command.getAuthenticatedUserId();
            if (completer != null && task instanceof TaskEntity entity) {
                // the history then names who completed it, as if claimed: the next task can follow them
                entity.setAssigneeWithoutCascade(completer);
            }
        }
        if (completer != null && caseKey(task) != null) {
            completionsOf(command).put(caseKey(task), completer);
        }
    }

    private Map<String, String> completionsOf(CommandContext command) {
        CommandCompletions current = completions.get();
        if (current == null || current.command().get() != command) {
            current = new CommandCompletions(new WeakReference<>(command), new HashMap<>());
            completions.set(current);
        }
        return current.byCase();
    }

    private AssignmentRule.Facts facts(CommandContext command) {
        var engine = command.getProcessEngineConfiguration();
        return new AssignmentRule.Facts() {
            @Override
            public Optional<String> referentOf(String caseKey) {
                return referents.referentOf(caseKey);
            }

            @Override
            public Optional<String> previousCompleterOf(String caseKey) {
                String inThisCommand = completionsOf(command).get(caseKey);
                if (inThisCommand != null) {
                    return Optional.of(inThisCommand);
                }
                return engine
                        .getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(caseKey)
                        .finished()
                        .taskDeleteReason("completed")
                        .orderByHistoricTaskInstanceEndTime()
                        .desc()
                        .listPage(0, 1)
                        .stream()
                        .map(HistoricTaskInstance::getAssignee)
                        .filter(java.util.Objects::nonNull)
                        .findFirst();
            }

            @Override
            public boolean mayWork(String userId, Agency agency) {
                // one read of the user's groups (LDAP answers it too), both memberships checked here
                var groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                        .map(org.camunda.bpm.engine.identity.Group::getId)
                        .toList();
                return groups.contains(Roles.groupOf(Roles.COUNSELLOR)) && groups.contains(agency.groupId());
            }

            @Override
            public Optional<String> coverOf(String userId, LocalDate day) {
                return covers.coverOf(userId, day);
            }
        };
    }

    private record CommandCompletions(WeakReference<CommandContext> command, Map<String, String> byCase) {}
}
