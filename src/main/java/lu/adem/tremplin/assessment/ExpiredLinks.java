package lu.adem.tremplin.assessment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Jobseekers whose latest self-assessment link expired unanswered, for the counsellor's caseload. No token,
 * no answer: the case the link was for, so that the caller can tell whether that assessment still waits.
 * The caller chose the jobseekers and checked the user may see them.
 */
@Service
public class ExpiredLinks {

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpiredLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Per jobseeker (registration number) whose latest link (the last one created) is unused and expired by
     * the one clock, the case (digital-readiness instance) it was for.
     */
    public Map<String, String> latestExpiredUnanswered(Collection<String> jobseekerIds) {
        Map<String, String> expired = new HashMap<>();
        if (jobseekerIds.isEmpty()) {
            return expired;
        }
        jdbc.sql("""
                select l.jobseeker_id, l.process_instance_id from self_assessment_link l
                where l.jobseeker_id in (:ids) and l.used_at is null and l.expires_at <= :now
                  and l.id = (select max(m.id) from self_assessment_link m where m.jobseeker_id = l.jobseeker_id)""")
                .param("ids", List.copyOf(jobseekerIds))
                .param("now", LocalDateTime.now(clock))
                .query((rs, row) -> expired.put(rs.getString(1), rs.getString(2)))
                .list();
        return expired;
    }
}
