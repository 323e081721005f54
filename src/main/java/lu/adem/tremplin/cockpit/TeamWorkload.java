package lu.adem.tremplin.cockpit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.Agency;

/**
 * Open work per agency and counsellor, for supervisors deciding on hand-overs: how many tasks each
 * counsellor holds, how many of them are overdue, how old the oldest is; and per agency the
 * unassigned tasks waiting in its inbox. Two grouped queries over Camunda's runtime task tables (as
 * the inbox lists, ADR 0009), whatever the number of tasks. Aggregates only: no jobseeker data.
 */
@Service
public class TeamWorkload {

    /**
     * One line: a counsellor's assigned tasks ({@code counsellor} set), or an agency's unassigned ones
     * ({@code counsellor} null). {@code agency} is null for a counsellor of no agency.
     */
    public record Line(Agency agency, String counsellor, int openTasks, int overdue, Duration oldest) {
    }

    private final JdbcClient jdbc;

    TeamWorkload(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every agency's unassigned work and every counsellor's, by agency, then most open tasks first. */
    public List<Line> lines() {
        Supervisors.require();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Map<String, Object> params = Map.of("now", Timestamp.from(now));
        Map<String, Agency> agencyOf = new HashMap<>();
        jdbc.sql("select USER_ID_, GROUP_ID_ from ACT_ID_MEMBERSHIP").query((rs, row) -> new String[] { rs.getString(1),
                rs.getString(2) }).list().forEach(member -> Agency.byGroupId(member[1])
                        .ifPresent(agency -> agencyOf.putIfAbsent(member[0], agency)));
        List<Line> lines = new ArrayList<>();
        jdbc.sql("""
                select ASSIGNEE_, count(*), sum(case when DUE_DATE_ < :now then 1 else 0 end), min(CREATE_TIME_)
                from ACT_RU_TASK where ASSIGNEE_ is not null and SUSPENSION_STATE_ = 1 group by ASSIGNEE_""")
                .params(params).query((rs, row) -> lines.add(new Line(agencyOf.get(rs.getString(1)), rs.getString(1),
                        rs.getInt(2), rs.getInt(3), age(rs.getTimestamp(4), now)))).list();
        jdbc.sql("""
                select l.GROUP_ID_, count(*), sum(case when t.DUE_DATE_ < :now then 1 else 0 end), min(t.CREATE_TIME_)
                from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_
                where t.ASSIGNEE_ is null and t.SUSPENSION_STATE_ = 1 and l.TYPE_ = 'candidate' group by l.GROUP_ID_""")
                .params(params).query((rs, row) -> {
                    var agency = Agency.byGroupId(rs.getString(1));
                    if (agency.isPresent()) {
                        lines.add(new Line(agency.get(), null, rs.getInt(2), rs.getInt(3), age(rs.getTimestamp(4), now)));
                    }
                    return null;
                }).list();
        lines.sort(Comparator.comparing((Line line) -> line.agency() == null ? "~" : line.agency().name())
                .thenComparing(line -> line.counsellor() != null)
                .thenComparing(Line::openTasks, Comparator.reverseOrder())
                .thenComparing(line -> line.counsellor() == null ? "" : line.counsellor()));
        return lines;
    }

    private static Duration age(Timestamp created, Instant now) {
        return created == null ? Duration.ZERO : Duration.between(created.toInstant(), now);
    }
}
