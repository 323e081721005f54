package lu.adem.tremplin.catalogue;

import java.util.List;
import java.util.Set;

/**
 * A course of the learning platform's catalogue.
 *
 * @param platformId the platform's id (OpenClassrooms course id)
 * @param durationHours estimated hours of work
 * @param skills skill tags (see {@code catalogue/skills.csv})
 * @param paths the platform's learning paths that include the course
 * @param retired gone from the latest export; kept because enrolments point at it
 */
public record Course(
        String platformId,
        String title,
        CourseLanguage language,
        Difficulty difficulty,
        int durationHours,
        String topic,
        Set<String> skills,
        List<String> paths,
        String url,
        boolean retired) {

    /** The course's level, as the platform grades it. */
    public enum Difficulty {
        BEGINNER,
        INTERMEDIATE,
        ADVANCED
    }

    /** Languages of courses: French, English and Spanish today; German and Luxembourgish may follow. */
    public enum CourseLanguage {
        FR,
        EN,
        ES,
        DE,
        LB
    }

    /** The same course as an import would store it (retired flag cleared). */
    Course active() {
        return new Course(platformId, title, language, difficulty, durationHours, topic, skills, paths, url, false);
    }
}
