package lu.adem.tremplin.shared.engine.tables;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where the cases of many jobseekers stand, for a counsellor's caseload: three reads by business key (the
 * jobseeker's registration number, which every case and called case carries) over Camunda's history and
 * runtime tables, each walking an index Camunda creates ({@code ACT_IDX_HI_PRO_I_BUSKEY},
 * {@code ACT_IDX_HI_ACT_INST_PROCINST}, {@code ACT_IDX_HI_TASKINST_PROCINST}). Camunda's public API would
 * take a query per jobseeker and cannot pick each jobseeker's latest completed task in one query.
 */
@Component
public class JobseekerCases {

    /**
     * A running case of a jobseeker; {@code lastLearning} is the latest value of the date variable asked for
     * (null when the case has none).
     */
    public record RunningCase(
            String caseId, String businessKey, String processDefinitionId, Instant started, Instant lastLearning) {}

    /**
     * An open step of a running case: a user task ({@code taskId} not null, with its due date) or another
     * place where the case waits (a timer, a message, a called process, an asynchronous service task…).
     */
    public record OpenStep(
            String caseId,
            String processDefinitionId,
            String activityId,
            String activityType,
            String name,
            String taskId,
            Instant due) {}

    /** The latest completed user task over all cases of a jobseeker: which, by whom, when. */
    public record LastCompletedTask(
            String businessKey,
            String processDefinitionId,
            String taskKey,
            String name,
            String assignee,
            Instant completed) {}

    /** Where a running case can wait, as Camunda records activity types; gateways and events passed through are not. */
    static final List<String> WAITING_TYPES = List.of(
            "userTask",
            "serviceTask",
            "sendTask",
            "receiveTask",
            "intermediateTimer",
            "intermediateMessageCatch",
            "intermediateSignalCatch",
            "intermediateConditional",
            "eventBasedGateway",
            "callActivity",
            "subProcess");

    private final JdbcClient jdbc;

    JobseekerCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The running cases (of every process) of the business keys, with the latest {@code learningVariable} (a date). */
    public List<RunningCase> running(Collection<String> businessKeys, String learningVariable) {
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select p.ID_, p.BUSINESS_KEY_, p.PROC_DEF_ID_, p.START_TIME_,
                  (select max(v.LONG_) from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = p.ID_ and v.NAME_ = :learning) learnt
                from ACT_HI_PROCINST p
                where p.BUSINESS_KEY_ in (:keys) and p.END_TIME_ is null""")
                .param("keys", List.copyOf(businessKeys))
                .param("learning", learningVariable)
                .query((rs, row) -> {
                    long learnt = rs.getLong(5);
                    Instant learning = rs.wasNull() ? null : Instant.ofEpochMilli(learnt);
                    return new RunningCase(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            OpenWork.instant(rs.getTimestamp(4)),
                            learning);
                })
                .list();
    }

    /** The open steps of the cases, tasks with their due date. */
    public List<OpenStep> openSteps(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select a.PROC_INST_ID_, a.PROC_DEF_ID_, a.ACT_ID_, a.ACT_TYPE_, coalesce(t.NAME_, a.ACT_NAME_),
                  t.ID_, t.DUE_DATE_
                from ACT_HI_ACTINST a left join ACT_RU_TASK t on t.ID_ = a.TASK_ID_
                where a.PROC_INST_ID_ in (:cases) and a.END_TIME_ is null and a.ACT_TYPE_ in (:types)
                order by a.START_TIME_, a.ID_""")
                .param("cases", List.copyOf(caseIds))
                .param("types", WAITING_TYPES)
                .query((rs, row) -> new OpenStep(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        OpenWork.instant(rs.getTimestamp(7))))
                .list();
    }

    /** Per business key, the user task completed last on any of its cases, running or ended. */
    public List<LastCompletedTask> lastCompletedTasks(Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select * from (
                  select p.BUSINESS_KEY_, t.PROC_DEF_ID_, t.TASK_DEF_KEY_, t.NAME_, t.ASSIGNEE_, t.END_TIME_,
                    row_number() over (partition by p.BUSINESS_KEY_ order by t.END_TIME_ desc, t.ID_ desc) rank_
                  from ACT_HI_PROCINST p join ACT_HI_TASKINST t on t.PROC_INST_ID_ = p.ID_
                  where p.BUSINESS_KEY_ in (:keys) and t.END_TIME_ is not null and t.DELETE_REASON_ = 'completed') x
                where x.rank_ = 1""")
                .param("keys", List.copyOf(businessKeys))
                .query((rs, row) -> new LastCompletedTask(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        OpenWork.instant(rs.getTimestamp(6))))
                .list();
    }
}
