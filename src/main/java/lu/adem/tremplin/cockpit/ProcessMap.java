package lu.adem.tremplin.cockpit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.StepNames;
import lu.adem.tremplin.shared.engine.tables.RunningCases;

/**
 * Where the cases of a process stand: per activity, how many cases wait there now and how many of
 * their tasks are overdue; and from history, how many cases passed each activity in a period and the
 * median time they spent there (the heatmap), from the day summaries of {@link ActivityDays} and, for
 * days not yet summed, Camunda's activity history. Live figures come from {@link RunningCases}.
 */
@Service
public class ProcessMap {

    /** Europe/Luxembourg: a period's days are Adem's days. */
    public static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");
    /** The longest list of cases shown for one activity; the count says how many there are. */
    public static final int CASES_SHOWN = 200;

    /** A process supervisors may look at: its key and the name of its latest version. */
    public record ProcessChoice(String key, String name) {}

    /** One activity's figures: live ({@code waiting}, {@code overdue}) and over the period ({@code passed}, {@code medianTime}). */
    public record ActivityFigures(
            String activityId, String name, int waiting, int overdue, int passed, Duration medianTime) {}

    /** A process's latest diagram with its figures. */
    public record Picture(
            String processKey,
            String name,
            String xml,
            LocalDate from,
            LocalDate to,
            List<ActivityFigures> activities) {}

    /** A case waiting at an activity: since when, and the task's assignee and due date if it is a task. */
    public record WaitingCase(
            String caseId,
            String registrationNumber,
            String jobseekerName,
            Instant since,
            String taskId,
            String assignee,
            Instant due) {}

    private final RunningCases runningCases;
    private final RepositoryService repositoryService;
    private final EngineAsSystem asSystem;
    private final Jobseekers jobseekers;
    private final ActivityDays days;
    private final Clock clock;
    private final StepNames stepNames;

    ProcessMap(
            RunningCases runningCases,
            RepositoryService repositoryService,
            EngineAsSystem asSystem,
            Jobseekers jobseekers,
            ActivityDays days,
            Clock clock,
            StepNames stepNames) {
        this.stepNames = stepNames;
        this.runningCases = runningCases;
        this.clock = clock;
        this.days = days;
        this.repositoryService = repositoryService;
        this.asSystem = asSystem;
        this.jobseekers = jobseekers;
    }

    /** The deployed processes, by name. */
    public List<ProcessChoice> processes() {
        return processes(null);
    }

    /** The deployed processes, by their name in {@code locale}'s language ({@link StepNames}). */
    public List<ProcessChoice> processes(Locale locale) {
        Supervisors.require();
        return asSystem
                .call(() -> repositoryService
                        .createProcessDefinitionQuery()
                        .latestVersion()
                        .list())
                .stream()
                .map(d -> new ProcessChoice(d.getKey(), stepNames.name(d.getId(), d.getKey(), locale, d.getName())))
                .sorted(java.util.Comparator.comparing(ProcessChoice::name))
                .toList();
    }

    /**
     * The latest diagram of {@code processKey} with live counts and the history of the days from
     * {@code from} to {@code to}, both included.
     */
    public Optional<Picture> picture(String processKey, LocalDate from, LocalDate to) {
        return picture(processKey, from, to, null);
    }

    /** As {@link #picture(String, LocalDate, LocalDate)}, with the steps named in {@code locale}'s language. */
    public Optional<Picture> picture(String processKey, LocalDate from, LocalDate to, Locale locale) {
        Supervisors.require();
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period runs from a first day to a last day on or after it");
        }
        ProcessDefinition latest = asSystem.call(() -> repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(processKey)
                .latestVersion()
                .singleResult());
        if (latest == null) {
            return Optional.empty();
        }
        String xml = asSystem.call(() -> read(latest));
        Map<String, int[]> live = new LinkedHashMap<>();
        runningCases
                .waitingPerActivity(processKey, clock.instant())
                .forEach(waiting -> live.put(waiting.activityId(), new int[] {waiting.waiting(), waiting.overdue()}));
        Map<String, ActivityDays.Histogram> history = days.histograms(processKey, from, to);
        // in the diagram's order, then activities of earlier versions that the latest one no longer has
        Map<String, String> names = new LinkedHashMap<>();
        Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(FlowNode.class)
                .forEach(node -> names.put(node.getId(), stepNames.name(latest.getId(), node.getId(), locale)));
        Set<String> ids = new java.util.LinkedHashSet<>(names.keySet());
        ids.addAll(live.keySet());
        ids.addAll(history.keySet());
        List<ActivityFigures> activities = new ArrayList<>();
        for (String id : ids) {
            if (!live.containsKey(id) && !history.containsKey(id)) {
                continue;
            }
            int[] now = live.getOrDefault(id, new int[2]);
            ActivityDays.Histogram then = history.getOrDefault(id, new ActivityDays.Histogram());
            Long median = then.medianMillis();
            activities.add(new ActivityFigures(
                    id,
                    names.getOrDefault(id, id),
                    now[0],
                    now[1],
                    (int) then.cases,
                    median == null ? null : Duration.ofMillis(median)));
        }
        return Optional.of(new Picture(
                processKey,
                stepNames.name(latest.getId(), processKey, locale, latest.getName()),
                xml,
                from,
                to,
                activities));
    }

    /** How many cases wait at the activity now. */
    public int waitingCount(String processKey, String activityId) {
        Supervisors.require();
        return runningCases.waitingCount(processKey, activityId);
    }

    /** The cases waiting at the activity now, longest waiting first, at most {@link #CASES_SHOWN}. */
    public List<WaitingCase> waitingAt(String processKey, String activityId) {
        Supervisors.require();
        List<RunningCases.WaitingCase> rows = runningCases.waitingAt(processKey, activityId, CASES_SHOWN);
        Map<String, String> names = jobseekers.namesOf(rows.stream()
                .map(RunningCases.WaitingCase::businessKey)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        return rows.stream()
                .map(row -> new WaitingCase(
                        row.caseId(),
                        row.businessKey(),
                        names.get(row.businessKey()),
                        row.since(),
                        row.taskId(),
                        row.assignee(),
                        row.due()))
                .toList();
    }

    private String read(ProcessDefinition definition) {
        try (InputStream in =
                repositoryService.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** When the Luxembourg day begins. */
    static Instant start(LocalDate day) {
        return day.atStartOfDay(LUXEMBOURG).toInstant();
    }

    /** Duration in whole days and hours, for labels ("3 d 4 h", "5 h", "12 min"). */
    public static String shortDuration(Duration duration) {
        if (duration == null) {
            return "–";
        }
        if (duration.toDays() > 0) {
            return duration.toDays() + " d " + duration.toHoursPart() + " h";
        }
        if (duration.toHours() > 0) {
            return duration.toHours() + " h";
        }
        return Math.max(0, duration.toMinutes()) + " min";
    }
}
