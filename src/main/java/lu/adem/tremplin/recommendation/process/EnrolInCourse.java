package lu.adem.tremplin.recommendation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Service task "Enrol in the course" (asynchronous, with a retry cycle in the BPMN): a platform that
 * is down throws, Camunda retries, then raises an incident that a retry resumes.
 */
@Component("enrolInCourse")
public class EnrolInCourse implements JavaDelegate {

    private final LearningPlatform platform;

    public EnrolInCourse(LearningPlatform platform) {
        this.platform = platform;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String jobseekerId = (String) execution.getVariable(CaseVariables.JOBSEEKER_ID);
        String courseId = ((String) execution.getVariable(CourseRecommendationProcess.VAR_CHOSEN_COURSE)).trim();
        platform.enrol(jobseekerId, courseId);
        execution.setVariable(CaseVariables.ENROLLED_COURSE, courseId);
    }
}
