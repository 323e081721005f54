package lu.adem.tremplin.recommendation.process;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.catalogue.Course.CourseLanguage;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.recommendation.Profile;
import lu.adem.tremplin.recommendation.Recommendation;
import lu.adem.tremplin.shared.CaseVariables;

/** Service task "Build a shortlist": the best courses for this jobseeker, as platform ids. */
@Component("buildShortlist")
public class BuildShortlist implements JavaDelegate {

    private final Jobseekers jobseekers;
    private final Recommendation recommendation;

    public BuildShortlist(Jobseekers jobseekers, Recommendation recommendation) {
        this.jobseekers = jobseekers;
        this.recommendation = recommendation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String jobseekerId = (String) execution.getVariable(CaseVariables.JOBSEEKER_ID);
        var learner = jobseekers
                .learningProfileOf(jobseekerId)
                .orElseThrow(() -> new IllegalStateException("Jobseeker " + jobseekerId + " is no longer registered"));
        Set<CourseLanguage> languages = EnumSet.noneOf(CourseLanguage.class);
        learner.languages().forEach(language -> languages.add(CourseLanguage.valueOf(language.name())));
        Object hours = execution.getVariable(CaseVariables.WEEKLY_HOURS_ANSWER);
        Profile profile = new Profile(
                languages,
                learner.targetOccupation(),
                (String) execution.getVariable(CaseVariables.ROUTE),
                hours instanceof Number number ? number.intValue() : null);
        execution.setVariable(
                CourseRecommendationProcess.VAR_SHORTLIST,
                recommendation.shortlist(profile).stream()
                        .map(suggestion -> suggestion.course().platformId())
                        .collect(Collectors.joining(",")));
    }
}
