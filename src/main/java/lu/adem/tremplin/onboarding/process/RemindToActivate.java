package lu.adem.tremplin.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.shared.CaseVariables;

/** Service task "Remind the jobseeker to activate": a reminder in their language, through the outbox. */
@Component("remindToActivate")
public class RemindToActivate implements JavaDelegate {

    private final Outbox outbox;

    public RemindToActivate(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.enqueue((String) execution.getVariable(CaseVariables.JOBSEEKER_ID), MessageKind.ACTIVATION_REMINDER);
    }
}
