package lu.adem.tremplin.followup.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.learningplatform.ProgressReadings;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Service task "Read the progress" (asynchronous, retried, then an incident): the progress from the
 * platform's API or from the partner's imported exports (configuration),
 * time spent, completion and certificate become variables; {@code progressed} says whether the
 * percentage went up since the last reading.
 */
@Component("syncProgress")
public class SyncProgress implements JavaDelegate {

    private final ProgressReadings readings;

    public SyncProgress(ProgressReadings readings) {
        this.readings = readings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var progress = readings.read((String) execution.getVariable(CaseVariables.JOBSEEKER_ID), (String)
                execution.getVariable(CaseVariables.ENROLLED_COURSE));
        Object before = execution.getVariable(FollowUpProcess.VAR_PROGRESS);
        int previous = before instanceof Number number ? number.intValue() : 0;
        execution.setVariable(FollowUpProcess.VAR_PROGRESSED, progress.percent() > previous);
        execution.setVariable(FollowUpProcess.VAR_PROGRESS, progress.percent());
        execution.setVariable(FollowUpProcess.VAR_MINUTES, progress.minutesSpent());
        execution.setVariable(
                FollowUpProcess.VAR_LAST_ACTIVITY,
                progress.lastActivityAt() == null ? null : Date.from(progress.lastActivityAt()));
        execution.setVariable(FollowUpProcess.VAR_COMPLETED, progress.completedAt() != null);
        execution.setVariable(FollowUpProcess.VAR_CERTIFICATE, progress.certificateAt() != null);
    }
}
