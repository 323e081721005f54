package lu.adem.tremplin.recommendation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.catalogue.Course.CourseLanguage;
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
    public record Context(String taskId, Jobseeker jobseeker, List<Suggestion> shortlist) {}

    private final TaskService taskService;
    private final TaskCompletion completion;
    private final Jobseekers jobseekers;
    private final Recommendation recommendation;

    CourseChoice(
            TaskService taskService, TaskCompletion completion, Jobseekers jobseekers, Recommendation recommendation) {
        this.taskService = taskService;
        this.completion = completion;
        this.jobseekers = jobseekers;
        this.recommendation = recommendation;
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
        Map<String, Object> variables = taskService.getVariables(
                taskId,
                List.of(
                        CaseVariables.JOBSEEKER_ID,
                        CaseVariables.ROUTE,
                        CaseVariables.WEEKLY_HOURS_ANSWER,
                        CourseRecommendationProcess.VAR_SHORTLIST));
        Optional<Jobseeker> jobseeker = jobseekers.find((String) variables.get(CaseVariables.JOBSEEKER_ID));
        if (jobseeker.isEmpty()) {
            return Optional.empty();
        }
        Set<CourseLanguage> languages = EnumSet.noneOf(CourseLanguage.class);
        jobseeker.get().languages().forEach(language -> languages.add(CourseLanguage.valueOf(language.name())));
        Object hours = variables.get(CaseVariables.WEEKLY_HOURS_ANSWER);
        Profile profile = new Profile(
                languages,
                jobseeker.get().targetOccupation(),
                (String) variables.get(CaseVariables.ROUTE),
                hours instanceof Number number ? number.intValue() : null);
        String shortlist = (String) variables.getOrDefault(CourseRecommendationProcess.VAR_SHORTLIST, "");
        List<String> ids = shortlist == null || shortlist.isBlank() ? List.of() : Arrays.asList(shortlist.split(","));
        Map<String, Suggestion> ranked = new LinkedHashMap<>();
        for (Suggestion suggestion : recommendation.rank(profile)) {
            if (ids.contains(suggestion.course().platformId())) {
                ranked.put(suggestion.course().platformId(), suggestion);
            }
        }
        List<Suggestion> ordered =
                ids.stream().map(ranked::get).filter(java.util.Objects::nonNull).toList();
        return Optional.of(new Context(taskId, jobseeker.get(), ordered));
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

    /** Asks for a new shortlist (after the jobseeker's details changed, for example). */
    public void newShortlist(String taskId) {
        completion.complete(
                taskId,
                Map.of(CourseRecommendationProcess.VAR_COURSE_CHOICE, CourseRecommendationProcess.CHOICE_RESTART));
    }
}
