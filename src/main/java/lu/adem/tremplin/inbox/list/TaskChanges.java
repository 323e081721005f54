package lu.adem.tremplin.inbox.list;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells Tremplin's screens about task changes: every user task of every deployed process gets a
 * listener (added at parse time, so process owners need not model it) that publishes
 * {@link TaskChanged} for create, assignment, complete and delete.
 */
@Component
class TaskChanges extends AbstractProcessEnginePlugin {

    private static final List<String> EVENTS = List.of(
            TaskListener.EVENTNAME_CREATE,
            TaskListener.EVENTNAME_ASSIGNMENT,
            TaskListener.EVENTNAME_COMPLETE,
            TaskListener.EVENTNAME_DELETE);

    private final ApplicationEventPublisher events;

    TaskChanges(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        TaskListener publish = task -> events.publishEvent(new TaskChanged(task.getId(), task.getEventName()));
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
