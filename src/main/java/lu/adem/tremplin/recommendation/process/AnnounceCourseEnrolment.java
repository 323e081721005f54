package lu.adem.tremplin.recommendation.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.CaseHandover;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * End event "Enrolled in the course": sends {@code course-enrolled} to the process that starts on it
 * (follow-up) with the business key, the jobseeker's id, agency, route, weekly hours and course.
 */
@Component("announceCourseEnrolment")
public class AnnounceCourseEnrolment implements JavaDelegate {

    private final CaseHandover handover;

    public AnnounceCourseEnrolment(CaseHandover handover) {
        this.handover = handover;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> variables = new HashMap<>();
        for (String name : new String[] {
            CaseVariables.JOBSEEKER_ID,
            CaseVariables.AGENCY,
            CaseVariables.ROUTE,
            CaseVariables.ENROLLED_COURSE,
            CaseVariables.WEEKLY_HOURS_ANSWER
        }) {
            variables.put(name, execution.getVariable(name));
        }
        handover.startNext(CourseRecommendationProcess.MESSAGE_COURSE_ENROLLED, execution.getBusinessKey(), variables);
    }
}
