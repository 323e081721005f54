package lu.adem.tremplin.followup.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.shared.CaseHandover;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * End events "Next course" and "Back to course choice": sends {@code jobseeker-enrolled} again so
 * that course recommendation builds a new shortlist for the same jobseeker.
 */
@Component("announceNextCourse")
public class AnnounceNextCourse implements JavaDelegate {

    private final CaseHandover handover;

    public AnnounceNextCourse(CaseHandover handover) {
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
        handover.startNext(FollowUpProcess.MESSAGE_CHOOSE_AGAIN, execution.getBusinessKey(), variables);
    }
}
