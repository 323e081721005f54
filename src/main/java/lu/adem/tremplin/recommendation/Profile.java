package lu.adem.tremplin.recommendation;

import java.util.Set;

import lu.adem.tremplin.catalogue.Course.CourseLanguage;

/**
 * What recommendation knows of one jobseeker: no name, no contact.
 *
 * @param languages the languages the jobseeker can follow a course in
 * @param occupation target occupation (ROME code), or null
 * @param route the digital-readiness route (AUTONOMOUS, GUIDED_START, BASIC_TRAINING, LANGUAGE_SUPPORT), or null
 * @param weeklyHoursAnswer the questionnaire's L2: 0 = under 2 h a week, 1 = 2–5 h, 2 = over 5 h; null if unknown
 */
public record Profile(Set<CourseLanguage> languages, String occupation, String route, Integer weeklyHoursAnswer) {

    /** Hours a week the jobseeker can give, from the L2 answer (unknown: the middle band). */
    double weeklyHours() {
        if (weeklyHoursAnswer == null) {
            return 3.5;
        }
        return switch (weeklyHoursAnswer) {
            case 0 -> 1.5;
            case 2 -> 6;
            default -> 3.5;
        };
    }

    boolean needsBeginnerCourses() {
        return "BASIC_TRAINING".equals(route) || "GUIDED_START".equals(route) || "LANGUAGE_SUPPORT".equals(route);
    }
}
