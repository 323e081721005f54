package lu.adem.tremplin.onboarding.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.CaseHandover;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * End event "Enrolled": sends {@code jobseeker-enrolled} so that the process starting on it (course
 * recommendation) takes the jobseeker over, with the business key, the jobseeker's id, agency, route
 * and weekly hours. Until such a process is deployed the case ends enrolled and the log says so.
 */
@Component("announceEnrolment")
public class AnnounceEnrolment implements JavaDelegate {

    private final CaseHandover handover;

    public AnnounceEnrolment(CaseHandover handover) {
        this.handover = handover;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : new String[] {
            CaseVariables.JOBSEEKER_ID, CaseVariables.AGENCY, CaseVariables.ROUTE, CaseVariables.WEEKLY_HOURS_ANSWER
        }) {
            variables.put(name, execution.getVariable(name));
        }
        handover.startNext(OnboardingProcess.MESSAGE_ENROLLED, execution.getBusinessKey(), variables);
    }
}
