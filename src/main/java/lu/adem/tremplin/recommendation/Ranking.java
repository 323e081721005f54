package lu.adem.tremplin.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import lu.adem.tremplin.catalogue.Course;
import lu.adem.tremplin.catalogue.Course.CourseLanguage;
import lu.adem.tremplin.catalogue.Course.Difficulty;

/**
 * Ranks courses for one jobseeker. Deterministic: the same profile and catalogue give the same
 * order. Points:
 * <ul>
 * <li>skills: 40 for each skill the target occupation needs and the course teaches (at most 2 count);
 * without a known occupation, 25 for each job-search basic (email, online job search, CV, online safety);</li>
 * <li>language: a course in a language the jobseeker cannot follow is left out;</li>
 * <li>level: for guided start, basic training and language support, beginner +20, intermediate −10,
 * advanced −40; otherwise beginner and intermediate +10, advanced −5;</li>
 * <li>length: +10 when the course fits in four weeks of the jobseeker's hours, −20 beyond eight weeks.</li>
 * </ul>
 * Ties: fewer hours first, then title, then platform id.
 */
final class Ranking {

    /** What everybody needs for a job search, when no target occupation is known. */
    static final Set<String> JOB_SEARCH_BASICS = Set.of("email", "online-job-search", "cv-writing", "online-safety");

    private Ranking() {}

    static List<Suggestion> rank(Profile profile, Set<String> occupationSkills, List<Course> courses) {
        Set<CourseLanguage> readable = readable(profile.languages(), courses);
        List<Suggestion> suggestions = new ArrayList<>();
        for (Course course : courses) {
            if (!course.retired() && readable.contains(course.language())) {
                suggestions.add(score(profile, occupationSkills, course));
            }
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::score)
                .reversed()
                .thenComparingInt(suggestion -> suggestion.course().durationHours())
                .thenComparing(suggestion -> suggestion.course().title())
                .thenComparing(suggestion -> suggestion.course().platformId()));
        return suggestions;
    }

    /** The jobseeker's languages that the catalogue has courses in; French when none of them has any. */
    private static Set<CourseLanguage> readable(Set<CourseLanguage> languages, List<Course> courses) {
        Set<CourseLanguage> readable = EnumSet.noneOf(CourseLanguage.class);
        for (Course course : courses) {
            if (languages.contains(course.language())) {
                readable.add(course.language());
            }
        }
        return readable.isEmpty() ? EnumSet.of(CourseLanguage.FR) : readable;
    }

    private static Suggestion score(Profile profile, Set<String> occupationSkills, Course course) {
        int score = 0;
        List<Suggestion.Reason> reasons = new ArrayList<>();
        int counted = 0;
        if (!occupationSkills.isEmpty()) {
            for (String skill : course.skills()) {
                if (occupationSkills.contains(skill) && counted < 2) {
                    score += 40;
                    counted++;
                    reasons.add(new Suggestion.Reason(Suggestion.Reason.Kind.TEACHES, skill, profile.occupation()));
                }
            }
        } else {
            for (String skill : course.skills()) {
                if (JOB_SEARCH_BASICS.contains(skill) && counted < 2) {
                    score += 25;
                    counted++;
                    reasons.add(new Suggestion.Reason(Suggestion.Reason.Kind.TEACHES_BASICS, skill));
                }
            }
        }
        reasons.add(new Suggestion.Reason(
                Suggestion.Reason.Kind.LANGUAGE, course.language().name()));
        score += level(profile, course.difficulty());
        reasons.add(new Suggestion.Reason(
                Suggestion.Reason.Kind.LEVEL, course.difficulty().name()));
        double fourWeeks = profile.weeklyHours() * 4;
        if (course.durationHours() <= fourWeeks) {
            score += 10;
        } else if (course.durationHours() > 2 * fourWeeks) {
            score -= 20;
        }
        reasons.add(new Suggestion.Reason(Suggestion.Reason.Kind.HOURS, String.valueOf(course.durationHours())));
        return new Suggestion(course, score, List.copyOf(reasons));
    }

    private static int level(Profile profile, Difficulty difficulty) {
        if (profile.needsBeginnerCourses()) {
            return switch (difficulty) {
                case BEGINNER -> 20;
                case INTERMEDIATE -> -10;
                case ADVANCED -> -40;
            };
        }
        return difficulty == Difficulty.ADVANCED ? -5 : 10;
    }
}
