package lu.adem.tremplin.shared.engine.tables;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open tasks for supervisors, whatever their number: the overdue ones and the work each counsellor and
 * each candidate group holds. Grouped SQL over Camunda's runtime task tables ({@code ACT_RU_TASK}, its
 * candidate links, case and definition), as the inbox lists ({@link TaskLists}, ADR 0009): Camunda's task
 * query has neither a count per assignee or group nor "due or follow-up date passed" in one query.
 */
@Component
public class OpenWork {

    /**
     * An active task past its due or follow-up date. {@code agencyGroup} is the first of its candidate
     * groups that is an agency's ({@code agency-…}), or null; {@code assignee} null when unassigned;
     * {@code processDefinitionId} and {@code taskKey} name its step in its process version.
     */
    public record OverdueTask(
            String taskId,
            String name,
            String processKey,
            String businessKey,
            String agencyGroup,
            String assignee,
            Instant due,
            Instant followUp,
            String processDefinitionId,
            String taskKey) {}

    /** What one holder (an assignee, or a candidate group's unassigned tasks) has open. */
    public record Held(String holder, int open, int overdue, Instant oldestCreated) {}

    private final JdbcClient jdbc;

    OpenWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Active tasks whose due or follow-up date is before {@code now}, the earliest first, at most {@code limit};
     * only those offered to {@code candidateGroup}, unless it is null.
     */
    public List<OverdueTask> overdue(Instant now, String candidateGroup, int limit) {
        return jdbc.sql("""
                select t.ID_, t.NAME_, d.KEY_, e.BUSINESS_KEY_, t.ASSIGNEE_, t.DUE_DATE_, t.FOLLOW_UP_DATE_,
                  (select min(l.GROUP_ID_) from ACT_RU_IDENTITYLINK l
                   where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ like 'agency-%%') candidate,
                  t.PROC_DEF_ID_, t.TASK_DEF_KEY_
                from ACT_RU_TASK t
                join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
                where t.SUSPENSION_STATE_ = 1 and (t.DUE_DATE_ < :now or t.FOLLOW_UP_DATE_ < :now)
                  and (:group is null or exists (select 1 from ACT_RU_IDENTITYLINK g
                       where g.TASK_ID_ = t.ID_ and g.TYPE_ = 'candidate' and g.GROUP_ID_ = :group))
                order by coalesce(t.DUE_DATE_, t.FOLLOW_UP_DATE_), t.ID_
                fetch first %d rows only""".formatted(limit))
                .param("now", Timestamp.from(now))
                .param("group", candidateGroup, Types.VARCHAR)
                .query((rs, row) -> new OverdueTask(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(8),
                        rs.getString(5),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7)),
                        rs.getString(9),
                        rs.getString(10)))
                .list();
    }

    /** Per assignee, their active tasks: how many, how many due before {@code now}, the oldest's creation. */
    public List<Held> byAssignee(Instant now) {
        return jdbc.sql("""
                select ASSIGNEE_, count(*), sum(case when DUE_DATE_ < :now then 1 else 0 end), min(CREATE_TIME_)
                from ACT_RU_TASK where ASSIGNEE_ is not null and SUSPENSION_STATE_ = 1 group by ASSIGNEE_""")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Held(rs.getString(1), rs.getInt(2), rs.getInt(3), instant(rs.getTimestamp(4))))
                .list();
    }

    /** Per candidate group, the active unassigned tasks offered to it, counted as {@link #byAssignee}. */
    public List<Held> unassignedByCandidateGroup(Instant now) {
        return jdbc.sql("""
                select l.GROUP_ID_, count(*), sum(case when t.DUE_DATE_ < :now then 1 else 0 end), min(t.CREATE_TIME_)
                from ACT_RU_TASK t join ACT_RU_IDENTITYLINK l on l.TASK_ID_ = t.ID_
                where t.ASSIGNEE_ is null and t.SUSPENSION_STATE_ = 1 and l.TYPE_ = 'candidate' group by l.GROUP_ID_""")
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Held(rs.getString(1), rs.getInt(2), rs.getInt(3), instant(rs.getTimestamp(4))))
                .list();
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
