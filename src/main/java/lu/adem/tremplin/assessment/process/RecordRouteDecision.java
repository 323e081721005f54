package lu.adem.tremplin.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.assessment.RouteDecision;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Completion of "Validate the route": checks the decision (an override needs a reason; if not, the
 * completion fails and nothing changes) and records the route in force and who decided it.
 */
@Component("recordRouteDecision")
public class RecordRouteDecision implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        RouteDecision decision = RouteDecision.from(task.getVariables(), decidedBy(task));
        task.getExecution().setVariable(CaseVariables.ROUTE, decision.route().name());
        task.getExecution().setVariable(DigitalReadinessProcess.VAR_ROUTE_OVERRIDDEN, decision.overridden());
        task.getExecution().setVariable(DigitalReadinessProcess.VAR_ROUTE_DECIDED_BY, decision.decidedBy());
    }

    /** The signed-in user who completes the task, else its assignee. */
    private static String decidedBy(DelegateTask task) {
        Authentication current =
                task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current != null ? current.getUserId() : task.getAssignee();
    }
}
