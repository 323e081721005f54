package lu.adem.tremplin.cockpit;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.Agency;

/**
 * Work at risk, for supervisors: open tasks past their due or follow-up date, by agency and
 * counsellor, which a supervisor hands over to a colleague in one click; and followed courses without
 * any learning progress beyond the follow-up's thresholds (14 days: reminder, 28: call, 60: review).
 * Plain SQL over Camunda's runtime tables (as the inbox, ADR 0009); at most {@link #SHOWN} lines each.
 */
@Service
public class OverdueWork {

    public static final int SHOWN = 500;
    /** The follow-up's thresholds without progress, in days (bpmn/follow-up.bpmn, PROGRAMME.md). */
    public static final List<Integer> THRESHOLDS = List.of(14, 28, 60);

    /** An overdue task; {@code agency} is that of its candidate group, {@code assignee} null when unassigned. */
    public record OverdueTask(String taskId, String taskName, String processKey, String registrationNumber,
            String jobseekerName, Agency agency, String assignee, Instant due, Instant followUp) {

        /** How long past the earlier of its due and follow-up dates, at {@code now}. */
        public Duration late(Instant now) {
            Instant first = due == null ? followUp : followUp == null ? due : due.isBefore(followUp) ? due : followUp;
            return Duration.between(first, now);
        }
    }

    /** A followed course without progress for {@code days} (the highest threshold passed is {@code threshold}). */
    public record StalledCourse(String caseId, String registrationNumber, String jobseekerName, Agency agency,
            String courseId, Instant lastProgress, long days, int threshold) {
    }

    private final JdbcClient jdbc;
    private final Jobseekers jobseekers;
    private final TaskActions taskActions;

    OverdueWork(JdbcClient jdbc, Jobseekers jobseekers, TaskActions taskActions) {
        this.jdbc = jdbc;
        this.jobseekers = jobseekers;
        this.taskActions = taskActions;
    }

    /** Open tasks past due or follow-up date, most overdue first; {@code agency} null for every agency. */
    public List<OverdueTask> overdueTasks(Agency agency) {
        Supervisors.require();
        Timestamp now = Timestamp.from(ClockUtil.getCurrentTime().toInstant());
        List<OverdueTask> tasks = new ArrayList<>();
        jdbc.sql("""
                select t.ID_, t.NAME_, d.KEY_, e.BUSINESS_KEY_, t.ASSIGNEE_, t.DUE_DATE_, t.FOLLOW_UP_DATE_,
                  (select min(l.GROUP_ID_) from ACT_RU_IDENTITYLINK l
                   where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate' and l.GROUP_ID_ like 'agency-%%') candidate
                from ACT_RU_TASK t
                join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_
                join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_
                where t.SUSPENSION_STATE_ = 1 and (t.DUE_DATE_ < :now or t.FOLLOW_UP_DATE_ < :now)
                  and (:group is null or exists (select 1 from ACT_RU_IDENTITYLINK g
                       where g.TASK_ID_ = t.ID_ and g.TYPE_ = 'candidate' and g.GROUP_ID_ = :group))
                order by coalesce(t.DUE_DATE_, t.FOLLOW_UP_DATE_), t.ID_
                fetch first %d rows only""".formatted(SHOWN))
                .param("now", now).param("group", agency == null ? null : agency.groupId(), java.sql.Types.VARCHAR)
                .query((rs, row) -> tasks.add(new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), null, rs.getString(8) == null ? null : Agency.byGroupId(rs.getString(8)).orElse(null),
                        rs.getString(5), ProcessMap.instant(rs.getTimestamp(6)), ProcessMap.instant(rs.getTimestamp(7)))))
                .list();
        Map<String, String> names = jobseekers.namesOf(tasks.stream().map(OverdueTask::registrationNumber)
                .filter(Objects::nonNull).distinct().toList());
        return tasks.stream().map(t -> new OverdueTask(t.taskId(), t.taskName(), t.processKey(), t.registrationNumber(),
                names.get(t.registrationNumber()), t.agency(), t.assignee(), t.due(), t.followUp())).toList();
    }

    /** Colleagues who may take over tasks of this agency. */
    public List<String> colleagues(Agency agency) {
        Supervisors.require();
        return taskActions.colleagues(List.of(agency.groupId()));
    }

    /**
     * Hands the tasks over to {@code colleague}; each task's result is reported, a refusal stops none of
     * the others (the colleague must belong to the task's agency, and the engine checks the supervisor's
     * right to assign).
     */
    public List<TaskActions.Result> handOver(List<String> taskIds, String colleague) {
        Supervisors.require();
        return taskActions.handOver(taskIds, colleague);
    }

    /** Followed courses whose last learning activity (or start, without any) is 14 days old or more, oldest first. */
    public List<StalledCourse> stalledCourses() {
        Supervisors.require();
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Timestamp since = Timestamp.from(now.minus(Duration.ofDays(THRESHOLDS.get(0))));
        List<StalledCourse> courses = new ArrayList<>();
        jdbc.sql("""
                select * from (
                  select p.ID_, p.BUSINESS_KEY_, p.START_TIME_,
                    (select max(v.LONG_) from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = p.ID_ and v.NAME_ = :lastActivity) last_ms,
                    (select max(v.TEXT_) from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = p.ID_ and v.NAME_ = :agency) agency,
                    (select max(v.TEXT_) from ACT_RU_VARIABLE v where v.PROC_INST_ID_ = p.ID_ and v.NAME_ = :course) course
                  from ACT_HI_PROCINST p
                  where p.PROC_DEF_KEY_ = :key and p.END_TIME_ is null and p.START_TIME_ < :since) c
                where c.last_ms is null or c.last_ms < :sinceMs""")
                .param("lastActivity", FollowUpProcess.VAR_LAST_ACTIVITY).param("agency", FollowUpProcess.VAR_AGENCY)
                .param("course", FollowUpProcess.VAR_COURSE).param("key", FollowUpProcess.KEY).param("since", since)
                .param("sinceMs", since.getTime())
                .query((rs, row) -> {
                    long lastMs = rs.getLong(4);
                    Instant last = rs.wasNull() ? rs.getTimestamp(3).toInstant() : Instant.ofEpochMilli(lastMs);
                    long days = Duration.between(last, now).toDays();
                    int threshold = THRESHOLDS.stream().filter(t -> days >= t).reduce((a, b) -> b).orElse(THRESHOLDS.get(0));
                    return courses.add(new StalledCourse(rs.getString(1), rs.getString(2), null,
                            Agency.byCode(rs.getString(5)).orElse(null), rs.getString(6), last, days, threshold));
                }).list();
        Map<String, String> names = jobseekers.namesOf(courses.stream().map(StalledCourse::registrationNumber)
                .filter(Objects::nonNull).distinct().toList());
        return courses.stream().filter(c -> c.days() >= THRESHOLDS.get(0))
                .sorted(java.util.Comparator.comparing(StalledCourse::days).reversed())
                .limit(SHOWN)
                .map(c -> new StalledCourse(c.caseId(), c.registrationNumber(), names.get(c.registrationNumber()), c.agency(),
                        c.courseId(), c.lastProgress(), c.days(), c.threshold()))
                .toList();
    }
}
