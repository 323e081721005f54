package lu.adem.tremplin.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;

/** Service task "Remind the jobseeker": no progress for a while; a message through the outbox. */
@Component("remindToLearn")
public class RemindToLearn implements JavaDelegate {

    private final Outbox outbox;

    public RemindToLearn(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.enqueue((String) execution.getVariable(FollowUpProcess.VAR_JOBSEEKER_ID), MessageKind.PROGRESS_REMINDER);
    }
}
