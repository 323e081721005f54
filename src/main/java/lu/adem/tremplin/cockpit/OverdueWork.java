package lu.adem.tremplin.cockpit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.StepNames;
import lu.adem.tremplin.shared.engine.tables.OpenWork;
import lu.adem.tremplin.shared.engine.tables.RunningCases;

/**
 * Work at risk, for supervisors: open tasks past their due or follow-up date, by agency and
 * counsellor, which a supervisor hands over to a colleague in one click; and followed courses without
 * any learning progress beyond the follow-up's thresholds (14 days: reminder, 28: call, 60: review).
 * Read through the engine-table seam ({@link OpenWork}, {@link RunningCases}; ADR 0009); at most
 * {@link #SHOWN} lines each.
 */
@Service
public class OverdueWork {

    public static final int SHOWN = 500;
    /** The follow-up's thresholds without progress, in days (bpmn/follow-up.bpmn, PROGRAMME.md). */
    public static final List<Integer> THRESHOLDS = List.of(14, 28, 60);

    /** An overdue task; {@code agency} is that of its candidate group, {@code assignee} null when unassigned. */
    public record OverdueTask(
            String taskId,
            String taskName,
            String processKey,
            String registrationNumber,
            String jobseekerName,
            Agency agency,
            String assignee,
            Instant due,
            Instant followUp) {

        /** How long past the earlier of its due and follow-up dates, at {@code now}. */
        public Duration late(Instant now) {
            Instant first = due == null ? followUp : followUp == null ? due : due.isBefore(followUp) ? due : followUp;
            return Duration.between(first, now);
        }
    }

    /** A followed course without progress for {@code days} (the highest threshold passed is {@code threshold}). */
    public record StalledCourse(
            String caseId,
            String registrationNumber,
            String jobseekerName,
            Agency agency,
            String courseId,
            Instant lastProgress,
            long days,
            int threshold) {}

    private final OpenWork openWork;
    private final RunningCases runningCases;
    private final Jobseekers jobseekers;
    private final TaskActions taskActions;
    private final Clock clock;
    private final StepNames stepNames;

    OverdueWork(
            OpenWork openWork,
            RunningCases runningCases,
            Jobseekers jobseekers,
            TaskActions taskActions,
            Clock clock,
            StepNames stepNames) {
        this.stepNames = stepNames;
        this.clock = clock;
        this.openWork = openWork;
        this.runningCases = runningCases;
        this.jobseekers = jobseekers;
        this.taskActions = taskActions;
    }

    /** Open tasks past due or follow-up date, most overdue first; {@code agency} null for every agency. */
    public List<OverdueTask> overdueTasks(Agency agency) {
        return overdueTasks(agency, null);
    }

    /** As {@link #overdueTasks(Agency)}, each task named in {@code locale}'s language ({@link StepNames}). */
    public List<OverdueTask> overdueTasks(Agency agency, Locale locale) {
        Supervisors.require();
        Instant now = clock.instant();
        List<OpenWork.OverdueTask> tasks = openWork.overdue(now, agency == null ? null : agency.groupId(), SHOWN);
        Map<String, String> names = jobseekers.namesOf(tasks.stream()
                .map(OpenWork.OverdueTask::businessKey)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return tasks.stream()
                .map(t -> new OverdueTask(
                        t.taskId(),
                        stepNames.name(t.processDefinitionId(), t.taskKey(), locale, t.name()),
                        t.processKey(),
                        t.businessKey(),
                        names.get(t.businessKey()),
                        Agency.byGroupId(t.agencyGroup()).orElse(null),
                        t.assignee(),
                        t.due(),
                        t.followUp()))
                .toList();
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
        Instant now = clock.instant();
        Instant since = now.minus(Duration.ofDays(THRESHOLDS.get(0)));
        List<StalledCourse> courses = new ArrayList<>();
        for (RunningCases.QuietCase quiet : runningCases.quietSince(
                FollowUpProcess.KEY,
                since,
                FollowUpProcess.VAR_LAST_ACTIVITY,
                List.of(CaseVariables.AGENCY, CaseVariables.ENROLLED_COURSE))) {
            Instant last = quiet.lastProgress() == null ? quiet.started() : quiet.lastProgress();
            long days = Duration.between(last, now).toDays();
            int threshold = THRESHOLDS.stream()
                    .filter(t -> days >= t)
                    .reduce((a, b) -> b)
                    .orElse(THRESHOLDS.get(0));
            courses.add(new StalledCourse(
                    quiet.caseId(),
                    quiet.businessKey(),
                    null,
                    Agency.byCode(quiet.texts().get(CaseVariables.AGENCY)).orElse(null),
                    quiet.texts().get(CaseVariables.ENROLLED_COURSE),
                    last,
                    days,
                    threshold));
        }
        Map<String, String> names = jobseekers.namesOf(courses.stream()
                .map(StalledCourse::registrationNumber)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        return courses.stream()
                .filter(c -> c.days() >= THRESHOLDS.get(0))
                .sorted(java.util.Comparator.comparing(StalledCourse::days).reversed())
                .limit(SHOWN)
                .map(c -> new StalledCourse(
                        c.caseId(),
                        c.registrationNumber(),
                        names.get(c.registrationNumber()),
                        c.agency(),
                        c.courseId(),
                        c.lastProgress(),
                        c.days(),
                        c.threshold()))
                .toList();
    }
}
