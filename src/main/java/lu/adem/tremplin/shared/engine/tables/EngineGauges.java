package lu.adem.tremplin.shared.engine.tables;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the engine holds right now, counted in a few grouped queries for the metrics endpoint
 * (docs/ops/monitoring.md): open tasks per process, step and agency, open incidents per process and type,
 * and the job backlog. Read every 30 s by each node (never per scrape): each is one pass over a runtime
 * table, none over history.
 */
@Component
public class EngineGauges {

    /** Active tasks of one process step offered to one agency ({@code agencyGroup} null: to none). */
    public record OpenTasks(String processKey, String step, String agencyGroup, long open, long overdue) {}

    /** Open incidents of one process and type ({@code failedJob}, {@code failedExternalTask}). */
    public record OpenIncidents(String processKey, String type, long open) {}

    /**
     * The job executor's work: jobs due now that no node holds ({@code due}), held by a node ({@code locked}),
     * out of retries ({@code failed}), and the oldest due job's due date (null when none is due).
     */
    public record Jobs(long due, long locked, long failed, Instant oldestDue) {}

    private final JdbcClient jdbc;

    EngineGauges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<OpenTasks> openTasks(Instant now) {
        return jdbc.sql("""
                select process_key, step, agency, count(*), sum(overdue) from (
                  select d.KEY_ process_key, t.TASK_DEF_KEY_ step,
                    (select min(l.GROUP_ID_) from ACT_RU_IDENTITYLINK l
                     where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ like 'agency-%') agency,
                    case when t.DUE_DATE_ < :now then 1 else 0 end overdue
                  from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
                  where t.SUSPENSION_STATE_ = 1) open_task
                group by process_key, step, agency""")
                .param("now", Timestamp.from(now))
                .query((rs, row) ->
                        new OpenTasks(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    public List<OpenIncidents> openIncidents() {
        return jdbc.sql("""
                select d.KEY_, i.INCIDENT_TYPE_, count(*)
                from ACT_RU_INCIDENT i join ACT_RE_PROCDEF d on d.ID_ = i.PROC_DEF_ID_
                group by d.KEY_, i.INCIDENT_TYPE_""")
                .query((rs, row) -> new OpenIncidents(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
    }

    public Jobs jobs(Instant now) {
        return jdbc.sql("""
                select
                  sum(case when RETRIES_ > 0 and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < :now)
                           and (DUEDATE_ is null or DUEDATE_ <= :now) then 1 else 0 end),
                  sum(case when LOCK_EXP_TIME_ >= :now then 1 else 0 end),
                  sum(case when RETRIES_ = 0 then 1 else 0 end),
                  min(case when RETRIES_ > 0 and (LOCK_EXP_TIME_ is null or LOCK_EXP_TIME_ < :now)
                           and (DUEDATE_ is null or DUEDATE_ <= :now) then coalesce(DUEDATE_, CREATE_TIME_) end)
                from ACT_RU_JOB where SUSPENSION_STATE_ = 1""")
                .param("now", Timestamp.from(now))
                .query((rs, row) ->
                        new Jobs(rs.getLong(1), rs.getLong(2), rs.getLong(3), OpenWork.instant(rs.getTimestamp(4))))
                .single();
    }
}
