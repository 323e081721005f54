package lu.adem.tremplin.shared.engine.tables;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When each jobseeker's last case ended, for the retention sweep: business keys (registration numbers) whose
 * cases have all ended, the last of them before a moment. Camunda's history query cannot group; this reads
 * {@code ACT_HI_PROCINST} once.
 */
@Component
public class CaseEnds {

    /** A business key whose cases all ended, and when the last one did. */
    public record LastEnd(String businessKey, Instant endedAt) {}

    private final JdbcClient jdbc;

    CaseEnds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Business keys with no running case whose last case ended before {@code before}, oldest first. */
    public List<LastEnd> allEndedBefore(Instant before, int limit) {
        return jdbc.sql("""
                select BUSINESS_KEY_, max(END_TIME_) from ACT_HI_PROCINST
                where BUSINESS_KEY_ is not null
                group by BUSINESS_KEY_
                having count(*) = count(END_TIME_) and max(END_TIME_) < :before
                order by max(END_TIME_), BUSINESS_KEY_
                fetch first :limit rows only""")
                .param("before", Timestamp.from(before))
                .param("limit", limit)
                .query((rs, row) ->
                        new LastEnd(rs.getString(1), rs.getTimestamp(2).toInstant()))
                .list();
    }
}
