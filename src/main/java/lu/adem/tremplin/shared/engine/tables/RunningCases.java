package lu.adem.tremplin.shared.engine.tables;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where running cases stand, for the cockpit: the open activity instances of Camunda's history
 * ({@code ACT_HI_ACTINST}, indexed by process key and end time through {@code EngineIndexes}) with their
 * tasks, and cases whose progress variable went quiet. Camunda's public API counts per activity only per
 * process version (and without overdue tasks), and its variable queries cannot compare a variable across
 * cases with a missing one; these read all versions of a process key in one grouped query.
 */
@Component
public class RunningCases {

    /** Open instances of one activity: how many, and how many of their tasks are due before "now". */
    public record Waiting(String activityId, int waiting, int overdue) {}

    /** A case waiting at an activity: since when, and its task's id, assignee and due date if it is a task. */
    public record WaitingCase(
            String caseId, String businessKey, Instant since, String taskId, String assignee, Instant due) {}

    /**
     * A running case without progress: when it started, the moment its progress variable holds (null
     * without one) and the text variables asked for (absent when the case has none).
     */
    public record QuietCase(
            String caseId, String businessKey, Instant started, Instant lastProgress, Map<String, String> texts) {}

    private final JdbcClient jdbc;

    RunningCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per activity of the process (all versions), its open instances and their overdue tasks. */
    public List<Waiting> waitingPerActivity(String processKey, Instant now) {
        return jdbc.sql("""
                select a.ACT_ID_, count(*), sum(case when t.DUE_DATE_ < :now then 1 else 0 end)
                from ACT_HI_ACTINST a left join ACT_RU_TASK t on t.ID_ = a.TASK_ID_
                where a.PROC_DEF_KEY_ = :key and a.END_TIME_ is null
                group by a.ACT_ID_""")
                .param("key", processKey)
                .param("now", Timestamp.from(now))
                .query((rs, row) -> new Waiting(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    /** How many instances of the activity are open now. */
    public int waitingCount(String processKey, String activityId) {
        return jdbc.sql("select count(*) from ACT_HI_ACTINST where PROC_DEF_KEY_ = :key and ACT_ID_ = :activity"
                        + " and END_TIME_ is null")
                .param("key", processKey)
                .param("activity", activityId)
                .query(Integer.class)
                .single();
    }

    /** The cases waiting at the activity now, longest waiting first, at most {@code limit}. */
    public List<WaitingCase> waitingAt(String processKey, String activityId, int limit) {
        return jdbc.sql("""
                select a.PROC_INST_ID_, p.BUSINESS_KEY_, a.START_TIME_, a.TASK_ID_, t.ASSIGNEE_, t.DUE_DATE_
                from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_
                left join ACT_RU_TASK t on t.ID_ = a.TASK_ID_
                where a.PROC_DEF_KEY_ = :key and a.ACT_ID_ = :activity and a.END_TIME_ is null
                order by a.START_TIME_, a.ID_
                fetch first %d rows only""".formatted(limit))
                .param("key", processKey)
                .param("activity", activityId)
                .query((rs, row) -> new WaitingCase(
                        rs.getString(1),
                        rs.getString(2),
                        OpenWork.instant(rs.getTimestamp(3)),
                        rs.getString(4),
                        rs.getString(5),
                        OpenWork.instant(rs.getTimestamp(6))))
                .list();
    }

    /**
     * Running cases of the process started before {@code since} whose {@code progressVariable} (epoch
     * milliseconds, a long) is missing or before {@code since}, with the named text variables.
     */
    public List<QuietCase> quietSince(
            String processKey, Instant since, String progressVariable, List<String> textVariables) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder texts = new StringBuilder();
        for (int i = 0; i < textVariables.size(); i++) {
            texts.append(
                            ",\n (select max(v.TEXT_) from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = p.ID_ and v.NAME_ = :text")
                    .append(i)
                    .append(") text")
                    .append(i);
            params.put("text" + i, textVariables.get(i));
        }
        params.put("progress", progressVariable);
        params.put("key", processKey);
        params.put("since", Timestamp.from(since));
        params.put("sinceMs", since.toEpochMilli());
        return jdbc.sql("""
                select * from (
                  select p.ID_, p.BUSINESS_KEY_, p.START_TIME_,
                    (select max(v.LONG_) from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = p.ID_ and v.NAME_ = :progress) last_ms%s
                  from ACT_HI_PROCINST p
                  where p.PROC_DEF_KEY_ = :key and p.END_TIME_ is null and p.START_TIME_ < :since) c
                where c.last_ms is null or c.last_ms < :sinceMs""".formatted(texts))
                .params(params)
                .query((rs, row) -> {
                    long lastMs = rs.getLong(4);
                    Instant last = rs.wasNull() ? null : Instant.ofEpochMilli(lastMs);
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < textVariables.size(); i++) {
                        String value = rs.getString(5 + i);
                        if (value != null) {
                            values.put(textVariables.get(i), value);
                        }
                    }
                    return new QuietCase(
                            rs.getString(1), rs.getString(2), OpenWork.instant(rs.getTimestamp(3)), last, values);
                })
                .list();
    }
}
