package lu.adem.tremplin.inbox.list;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells Tremplin's screens about task changes: every user task of every deployed process gets a
 * listener (added at parse time, so process owners need not model it) that publishes
 * {@link TaskChanged} for create, assignment, update (dates, hand-over), complete and delete, naming the
 * task's assignee before and after the change and its candidate groups, so that only the inboxes concerned
 * refresh ({@link InboxSignals}).
 */
@Component
class TaskChanges extends AbstractProcessEnginePlugin {

    private static final List<String> EVENTS = List.of(
            TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_UPDATE,
            TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final ApplicationEventPublisher events;

    TaskChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** The change and whom it concerns: the assignee now and before this command, the candidate groups. */
    static TaskChanged changed(DelegateTask task) {
        Set<String> users = new HashSet<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        }
        if (task instanceof TaskEntity entity) {
            PropertyChange assignee = entity.getPropertyChanges().get(TaskEntity.ASSIGNEE);
            if (assignee != null && assignee.getOrgValue() != null) {
                users.add(assignee.getOrgValue().toString());
            }
        }
        Set<String> groups = task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .collect(Collectors.toSet());
        return new TaskChanged(task.getId(), task.getEventName(), Set.copyOf(users), Set.copyOf(groups), false);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener publish = task -> events.publishEvent(changed(task));
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                TaskDefinition definition = ((org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior)
                                activity.getActivityBehavior())
                        .getTaskDefinition();
                EVENTS.forEach(event -> definition.addTaskListener(event, publish));
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
