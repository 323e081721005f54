package lu.adem.tremplin.recommendation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import lu.adem.tremplin.catalogue.Course.CourseLanguage;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * The shortlist a case holds, as suggestions with their reasons, in the case's order: for the counsellor's
 * choice screen and the jobseeker's own choice page alike.
 */
@Component
class CaseShortlist {

    /** The case variables {@link #of} reads. */
    static final List<String> VARIABLES = List.of(
            CaseVariables.JOBSEEKER_ID,
            CaseVariables.ROUTE,
            CaseVariables.WEEKLY_HOURS_ANSWER,
            CourseRecommendationProcess.VAR_SHORTLIST);

    private final Jobseekers jobseekers;
    private final Recommendation recommendation;

    CaseShortlist(Jobseekers jobseekers, Recommendation recommendation) {
        this.jobseekers = jobseekers;
        this.recommendation = recommendation;
    }

    /** The case's shortlist from its {@link #VARIABLES}; empty when the jobseeker is no longer registered. */
    List<Suggestion> of(Map<String, Object> variables) {
        var learner = jobseekers.learningProfileOf((String) variables.get(CaseVariables.JOBSEEKER_ID));
        if (learner.isEmpty()) {
            return List.of();
        }
        Set<CourseLanguage> languages = EnumSet.noneOf(CourseLanguage.class);
        learner.get().languages().forEach(language -> languages.add(CourseLanguage.valueOf(language.name())));
        Object hours = variables.get(CaseVariables.WEEKLY_HOURS_ANSWER);
        Profile profile = new Profile(
                languages,
                learner.get().targetOccupation(),
                (String) variables.get(CaseVariables.ROUTE),
                hours instanceof Number number ? number.intValue() : null);
        Object shortlist = variables.get(CourseRecommendationProcess.VAR_SHORTLIST);
        List<String> ids =
                shortlist instanceof String list && !list.isBlank() ? Arrays.asList(list.split(",")) : List.of();
        Map<String, Suggestion> ranked = new LinkedHashMap<>();
        for (Suggestion suggestion : recommendation.rank(profile)) {
            if (ids.contains(suggestion.course().platformId())) {
                ranked.put(suggestion.course().platformId(), suggestion);
            }
        }
        return ids.stream().map(ranked::get).filter(Objects::nonNull).toList();
    }
}
