package lu.adem.tremplin.recommendation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.catalogue.Catalogue;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Completion of "Choose a course": refused (the task stays open) unless the decision is a new
 * shortlist, a course of the catalogue that is not retired, or the jobseeker's own choice online for a
 * jobseeker with an email address (the link goes by email).
 */
@Component("checkCourseChoice")
public class CheckCourseChoice implements TaskListener {

    private final Catalogue catalogue;
    private final Jobseekers jobseekers;

    public CheckCourseChoice(Catalogue catalogue, Jobseekers jobseekers) {
        this.catalogue = catalogue;
        this.jobseekers = jobseekers;
    }

    @Override
    public void notify(DelegateTask task) {
        Object choice = task.getVariable(CourseRecommendationProcess.VAR_COURSE_CHOICE);
        if (CourseRecommendationProcess.CHOICE_RESTART.equals(choice)) {
            return;
        }
        if (CourseRecommendationProcess.CHOICE_ONLINE.equals(choice)) {
            boolean reachable = jobseekers
                    .messageContactOf((String) task.getVariable(CaseVariables.JOBSEEKER_ID))
                    .filter(contact ->
                            contact.email() != null && !contact.email().isBlank())
                    .isPresent();
            if (!reachable) {
                throw new IllegalArgumentException("The jobseeker has no email address to receive the link");
            }
            return;
        }
        if (!CourseRecommendationProcess.CHOICE_CHOSEN.equals(choice)) {
            throw new IllegalArgumentException("Say whether a course was chosen or a new shortlist is wanted");
        }
        Object courseId = task.getVariable(CourseRecommendationProcess.VAR_CHOSEN_COURSE);
        boolean available = courseId instanceof String id
                && catalogue.find(id.trim()).filter(course -> !course.retired()).isPresent();
        if (!available) {
            throw new IllegalArgumentException("Course " + courseId + " is not in the catalogue");
        }
    }
}
