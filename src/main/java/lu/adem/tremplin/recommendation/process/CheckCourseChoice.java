package lu.adem.tremplin.recommendation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.catalogue.Catalogue;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;

/**
 * Completion of "Choose a course": refused (the task stays open) unless the decision is a new
 * shortlist or a course of the catalogue that is not retired.
 */
@Component("checkCourseChoice")
public class CheckCourseChoice implements TaskListener {

    private final Catalogue catalogue;

    public CheckCourseChoice(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public void notify(DelegateTask task) {
        Object choice = task.getVariable(CourseRecommendationProcess.VAR_COURSE_CHOICE);
        if (CourseRecommendationProcess.CHOICE_RESTART.equals(choice)) {
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
