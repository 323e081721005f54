package lu.adem.tremplin.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.shared.CaseVariables;

/** Service task "Remind the jobseeker": no progress for a while; a message through the outbox. */
@Component("remindToLearn")
public class RemindToLearn implements JavaDelegate {

    private final Outbox outbox;

    public RemindToLearn(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.enqueue((String) execution.getVariable(CaseVariables.JOBSEEKER_ID), MessageKind.PROGRESS_REMINDER);
    }
}
