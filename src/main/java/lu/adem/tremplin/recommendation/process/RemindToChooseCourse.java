package lu.adem.tremplin.recommendation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.shared.CaseVariables;

/** Service task "Remind the jobseeker to choose": a message through the outbox, in their language. */
@Component("remindToChooseCourse")
public class RemindToChooseCourse implements JavaDelegate {

    private final Outbox outbox;

    public RemindToChooseCourse(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        outbox.enqueue((String) execution.getVariable(CaseVariables.JOBSEEKER_ID), MessageKind.COURSE_CHOICE_REMINDER);
    }
}
