package lu.adem.tremplin.assessment.process;

import java.time.Duration;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.assessment.SelfAssessment;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Service task "Send the self-assessment link": a personal link, valid for the task's input
 * {@code linkValidity} (ISO-8601, set in the BPMN), goes to the jobseeker through the outbox. The
 * case then waits until the link expires. Without an email address: BPMN error {@code NO_EMAIL}.
 */
@Component("sendSelfAssessmentLink")
public class SendSelfAssessmentLink implements JavaDelegate {

    private final SelfAssessment selfAssessment;

    public SendSelfAssessmentLink(SelfAssessment selfAssessment) {
        this.selfAssessment = selfAssessment;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String jobseekerId = (String) execution.getVariable(CaseVariables.JOBSEEKER_ID);
        Duration validity = Duration.parse((String) execution.getVariable(DigitalReadinessProcess.VAR_LINK_VALIDITY));
        var link = selfAssessment.sendLink(jobseekerId, execution.getProcessInstanceId(), validity);
        if (!link.sent()) {
            throw new BpmnError(DigitalReadinessProcess.ERROR_NO_EMAIL, "The jobseeker has no email address");
        }
        execution.setVariable(DigitalReadinessProcess.VAR_LINK_EXPIRES_AT, link.expiresAt());
    }
}
