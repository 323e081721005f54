package lu.adem.tremplin.followup.process;

import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.pilot.Pilot;

/** Service task "Note the pilot's end": the follow-up ends with the pilot (the pilot settings' last day, at its end). */
@Component("prepareFollowUp")
public class PrepareFollowUp implements JavaDelegate {

    private final Pilot pilot;

    public PrepareFollowUp(Pilot pilot) {
        this.pilot = pilot;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(
                FollowUpProcess.VAR_PILOT_ENDS_AT,
                Date.from(pilot.current()
                        .end()
                        .plusDays(1)
                        .atStartOfDay(ZoneId.systemDefault())
                        .toInstant()));
        execution.setVariable(FollowUpProcess.VAR_PROGRESS, 0);
        execution.setVariable(FollowUpProcess.VAR_COMPLETED, false);
        execution.setVariable(FollowUpProcess.VAR_CERTIFICATE, false);
    }
}
