package lu.adem.tremplin.inbox.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import lu.adem.tremplin.assessment.ExpiredLinks;
import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.reporting.CourseCompletions;
import lu.adem.tremplin.shared.StepNames;
import lu.adem.tremplin.shared.engine.tables.JobseekerCases;
import lu.adem.tremplin.shared.engine.tables.JobseekerCases.LastCompletedTask;
import lu.adem.tremplin.shared.engine.tables.JobseekerCases.OpenStep;
import lu.adem.tremplin.shared.engine.tables.JobseekerCases.RunningCase;

/**
 * Builds the lines of a caseload from five reads, whatever its size: the jobseekers' running cases, their
 * open steps and their latest completed task (the engine-table seam, {@link JobseekerCases}), their recent
 * course completions (reporting) and their expired self-assessment links (assessment). Step names are
 * translated afterwards ({@link StepNames} keeps them per process version: no query per line).
 */
@Component
class CaseloadLines {

    static final Duration QUIET = Duration.ofDays(14);
    static final Duration RECENT_COMPLETION = Duration.ofDays(30);

    private final JobseekerCases cases;
    private final CourseCompletions courses;
    private final ExpiredLinks links;
    private final StepNames stepNames;
    private final Clock clock;

    CaseloadLines(
            JobseekerCases cases, CourseCompletions courses, ExpiredLinks links, StepNames stepNames, Clock clock) {
        this.cases = cases;
        this.courses = courses;
        this.links = links;
        this.stepNames = stepNames;
        this.clock = clock;
    }

    /** The lines of these jobseekers, in their order. */
    List<CaseloadLine> of(List<Jobseeker> people, Locale locale) {
        Instant now = clock.instant();
        List<String> keys = people.stream().map(Jobseeker::registrationNumber).toList();
        Map<String, List<RunningCase>> running = cases.running(keys, FollowUpProcess.VAR_LAST_ACTIVITY).stream()
                .collect(Collectors.groupingBy(RunningCase::businessKey));
        List<String> caseIds = running.values().stream()
                .flatMap(Collection::stream)
                .map(RunningCase::caseId)
                .toList();
        Map<String, List<OpenStep>> steps =
                cases.openSteps(caseIds).stream().collect(Collectors.groupingBy(OpenStep::caseId));
        Map<String, LastCompletedTask> last = cases.lastCompletedTasks(keys).stream()
                .collect(Collectors.toMap(LastCompletedTask::businessKey, Function.identity(), (a, b) -> a));
        Map<String, Instant> completed = courses.completedSince(keys, now.minus(RECENT_COMPLETION));
        Map<String, String> expired = links.latestExpiredUnanswered(keys);
        Facts facts = new Facts(now, steps, last, completed, expired, locale);
        return people.stream()
                .map(person -> line(person, running.getOrDefault(person.registrationNumber(), List.of()), facts))
                .toList();
    }

    private record Facts(
            Instant now,
            Map<String, List<OpenStep>> steps,
            Map<String, LastCompletedTask> last,
            Map<String, Instant> completed,
            Map<String, String> expired,
            Locale locale) {}

    private CaseloadLine line(Jobseeker person, List<RunningCase> running, Facts facts) {
        String key = person.registrationNumber();
        Set<String> current = new LinkedHashSet<>();
        List<OpenStep> tasks = new ArrayList<>();
        for (RunningCase runningCase : running) {
            List<OpenStep> open = facts.steps().getOrDefault(runningCase.caseId(), List.of());
            List<OpenStep> caseTasks =
                    open.stream().filter(step -> step.taskId() != null).toList();
            tasks.addAll(caseTasks);
            (caseTasks.isEmpty() ? waits(open) : caseTasks).forEach(step -> current.add(name(step, facts.locale())));
        }
        Instant nextDue = tasks.stream()
                .map(OpenStep::due)
                .filter(Objects::nonNull)
                .min(Instant::compareTo)
                .orElse(null);
        LastCompletedTask last = facts.last().get(key);
        CaseloadLine.LastContact contact = last == null
                ? null
                : new CaseloadLine.LastContact(
                        stepNames.name(last.processDefinitionId(), last.taskKey(), facts.locale(), last.name()),
                        last.assignee(),
                        last.completed());
        return new CaseloadLine(
                key,
                person.fullName(),
                List.copyOf(current),
                nextDue,
                contact,
                flags(key, running, tasks, last, facts));
    }

    /** Without an open task, where the case waits: its innermost steps (a subprocess only when nothing inside is open). */
    private static List<OpenStep> waits(List<OpenStep> open) {
        List<OpenStep> inner = open.stream()
                .filter(step -> !"subProcess".equals(step.activityType()))
                .toList();
        return inner.isEmpty() ? open : inner;
    }

    private String name(OpenStep step, Locale locale) {
        return stepNames.name(step.processDefinitionId(), step.activityId(), locale, step.name());
    }

    private static Set<CaseloadFlag> flags(
            String key, List<RunningCase> running, List<OpenStep> tasks, LastCompletedTask last, Facts facts) {
        Set<CaseloadFlag> flags = EnumSet.noneOf(CaseloadFlag.class);
        if (!running.isEmpty()
                && lastMove(running, last).isBefore(facts.now().minus(QUIET).plusMillis(1))) {
            flags.add(CaseloadFlag.NO_PROGRESS);
        }
        if (facts.completed().containsKey(key)) {
            flags.add(CaseloadFlag.COURSE_COMPLETED);
        }
        if (tasks.stream()
                .anyMatch(task -> FollowUpProcess.TASK_RECORD_CERTIFICATE.equals(task.activityId())
                        && task.processDefinitionId().startsWith(FollowUpProcess.KEY + ":"))) {
            flags.add(CaseloadFlag.CERTIFICATE_TO_RECORD);
        }
        String linkCase = facts.expired().get(key);
        if (linkCase != null && running.stream().anyMatch(c -> c.caseId().equals(linkCase))) {
            flags.add(CaseloadFlag.LINK_EXPIRED);
        }
        return flags;
    }

    /** The latest of: a running case's start, the last completed task, a running case's last learning activity. */
    private static Instant lastMove(List<RunningCase> running, LastCompletedTask last) {
        Instant latest = last == null ? Instant.MIN : last.completed();
        for (RunningCase runningCase : running) {
            latest = max(latest, runningCase.started());
            latest = max(latest, runningCase.lastLearning());
        }
        return latest;
    }

    private static Instant max(Instant a, Instant b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
