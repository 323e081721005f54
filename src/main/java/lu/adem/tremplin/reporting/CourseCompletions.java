package lu.adem.tremplin.reporting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * When jobseekers last completed a course, as the pilot's course facts hold it ({@code pilot_course}, kept by
 * {@link PilotFacts} from the follow-up's history): for the counsellor's caseload. Dates only, no course and
 * no person: the caller chose the registration numbers and checked the user may see them.
 */
@Service
public class CourseCompletions {

    private final JdbcClient jdbc;

    CourseCompletions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per registration number, the latest completion of a course at or after {@code since}; absent without one. */
    public Map<String, Instant> completedSince(Collection<String> registrationNumbers, Instant since) {
        Map<String, Instant> completed = new HashMap<>();
        if (registrationNumbers.isEmpty()) {
            return completed;
        }
        jdbc.sql("""
                select registration_number, max(completed_at) from pilot_course
                where registration_number in (:numbers) and completed_at >= :since
                group by registration_number""")
                .param("numbers", List.copyOf(registrationNumbers))
                .param("since", Timestamp.from(since))
                .query((rs, row) ->
                        completed.put(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
        return completed;
    }
}
