package lu.adem.tremplin.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.TaskCompletion;

/**
 * The task "Choose a course with the jobseeker" as Tremplin shows it: the shortlist with its
 * reasons, and the choice of any course of the catalogue. Only a user whom the engine lets see the
 * task, and who may see the jobseeker, opens it.
 */
@Service
public class CourseChoice {

    /** What the choice screen shows. */
    public record Context(String taskId, Jobseeker jobseeker, List<Suggestion> shortlist, boolean linkExpired) {

        /** Whether the jobseeker can be sent a personal link to choose online (it goes by email). */
        public boolean canChooseOnline() {
            return jobseeker.email() != null && !jobseeker.email().isBlank();
        }
    }

    private final TaskService taskService;
    private final TaskCompletion completion;
    private final Jobseekers jobseekers;
    private final CaseShortlist shortlists;

    CourseChoice(TaskService taskService, TaskCompletion completion, Jobseekers jobseekers, CaseShortlist shortlists) {
        this.taskService = taskService;
        this.completion = completion;
        this.jobseekers = jobseekers;
        this.shortlists = shortlists;
    }

    public Optional<Context> open(String taskId) {
        Task task = taskService
                .createTaskQuery()
                .taskId(taskId)
                .taskDefinitionKey(CourseRecommendationProcess.TASK_CHOOSE_COURSE)
                .singleResult();
        if (task == null) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(CaseShortlist.VARIABLES);
        names.add(CourseRecommendationProcess.VAR_COURSE_CHOICE);
        Map<String, Object> variables = taskService.getVariables(taskId, names);
        Optional<Jobseeker> jobseeker = jobseekers.find((String) variables.get(CaseVariables.JOBSEEKER_ID));
        if (jobseeker.isEmpty()) {
            return Optional.empty();
        }
        // the task is open again while the last decision was "online": the jobseeker's link expired unused
        boolean linkExpired = CourseRecommendationProcess.CHOICE_ONLINE.equals(
                variables.get(CourseRecommendationProcess.VAR_COURSE_CHOICE));
        return Optional.of(new Context(taskId, jobseeker.get(), shortlists.of(variables), linkExpired));
    }

    /** Records the chosen course (any course of the catalogue) and lets the case enrol it. */
    public void choose(String taskId, String platformId) {
        completion.complete(
                taskId,
                Map.of(
                        CourseRecommendationProcess.VAR_COURSE_CHOICE,
                        CourseRecommendationProcess.CHOICE_CHOSEN,
                        CourseRecommendationProcess.VAR_CHOSEN_COURSE,
                        platformId));
    }

    /** Lets the jobseeker choose online: the case sends them a personal link and waits for their choice. */
    public void letJobseekerChoose(String taskId) {
        completion.complete(
                taskId,
                Map.of(CourseRecommendationProcess.VAR_COURSE_CHOICE, CourseRecommendationProcess.CHOICE_ONLINE));
    }

    /** Asks for a new shortlist (after the jobseeker's details changed, for example). */
    public void newShortlist(String taskId) {
        completion.complete(
                taskId,
                Map.of(CourseRecommendationProcess.VAR_COURSE_CHOICE, CourseRecommendationProcess.CHOICE_RESTART));
    }
}
