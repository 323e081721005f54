package lu.adem.tremplin.recommendation;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import lu.adem.tremplin.shared.CaseLinkTable;

/** The personal course choice links ({@code course_choice_link}), each for a case waiting for the jobseeker's choice. */
@Repository
class CourseChoiceLinks extends CaseLinkTable {

    CourseChoiceLinks(JdbcClient jdbc, Clock clock) {
        super(jdbc, clock, "course_choice_link");
    }

    /**
     * Marks the link used for the course if it is still unused and unexpired; false if another request was
     * first (a double click, a second tab).
     */
    boolean use(String token, String courseId) {
        return markUsed(token, "chosen_course_id", courseId);
    }
}
