package lu.adem.tremplin.recommendation.process;

import java.time.Duration;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.recommendation.JobseekerCourseChoice;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Service task "Send the course choice link": a personal link, valid for the task's input
 * {@code linkValidity} (ISO-8601, set in the BPMN), goes to the jobseeker through the outbox; the case
 * waits for their choice until it expires. The choice screen offers "online" only to jobseekers with an
 * email address, and {@link CheckCourseChoice} refuses it otherwise, so a missing address here is a fault.
 */
@Component("sendCourseChoiceLink")
public class SendCourseChoiceLink implements JavaDelegate {

    private final JobseekerCourseChoice choice;

    public SendCourseChoiceLink(JobseekerCourseChoice choice) {
        this.choice = choice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String jobseekerId = (String) execution.getVariable(CaseVariables.JOBSEEKER_ID);
        Duration validity =
                Duration.parse((String) execution.getVariable(CourseRecommendationProcess.VAR_LINK_VALIDITY));
        var link = choice.sendLink(jobseekerId, execution.getProcessInstanceId(), validity);
        if (!link.sent()) {
            throw new IllegalStateException("Jobseeker " + jobseekerId + " has no email address for the link");
        }
        execution.setVariable(CourseRecommendationProcess.VAR_LINK_EXPIRES_AT, link.expiresAt());
    }
}
