package lu.adem.tremplin.inbox.file;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.catalogue.Catalogue;
import lu.adem.tremplin.clubemploi.ClubBooking;
import lu.adem.tremplin.clubemploi.ClubsEmploi;
import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.outbox.OutboxMessage;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.EngineClock;
import lu.adem.tremplin.shared.PersonalDataAccessed;
import lu.adem.tremplin.shared.StepNames;

/**
 * Everything about one jobseeker in one place: details, cases with their current step and outcome,
 * a dated history of the steps taken, club emploi sessions and messages. Only a user who may see the
 * jobseeker (their agency's counsellors, supervisors, administrators) opens the file; every opening
 * is logged with who and whose.
 *
 * <p>Longer than our usual classes: it reads one jobseeker's file from six modules behind one access check and one audit line; the next split is one reader per section (cases, history, sessions, messages).
 */
@Service
public class JobseekerFile {

    private static final Logger audit = LoggerFactory.getLogger("lu.adem.tremplin.audit");
    private static final int MAX_CASES = 50;
    private static final int MAX_STEPS = 300;

    /**
     * The variables a file shows about a case: decisions and reasons, never free personal data. Named by
     * the processes that set them.
     */
    static final List<String> FACTS = List.of(
            CaseVariables.ROUTE,
            DigitalReadinessProcess.VAR_PROPOSED_ROUTE,
            DigitalReadinessProcess.VAR_ROUTE_OVERRIDDEN,
            DigitalReadinessProcess.VAR_OVERRIDE_REASON,
            DigitalReadinessProcess.VAR_ROUTE_DECIDED_BY,
            DigitalReadinessProcess.VAR_ANSWERED_BY,
            DigitalReadinessProcess.VAR_ACCESS_SCORE,
            DigitalReadinessProcess.VAR_SKILLS_SCORE,
            DigitalReadinessProcess.VAR_CONDITIONS_SCORE,
            DigitalReadinessProcess.VAR_LANGUAGE_SCORE,
            DigitalReadinessProcess.VAR_CONFIDENCE,
            OnboardingProcess.VAR_PROPOSAL_OUTCOME,
            OnboardingProcess.VAR_DECLINE_REASON,
            OnboardingProcess.VAR_INELIGIBLE_REASON,
            OnboardingProcess.VAR_PRIVACY_NOTICE_CHANNEL,
            DigitalReadinessProcess.VAR_ASSESSMENT_MODE,
            OnboardingProcess.VAR_GUIDED_START_CLUB,
            OnboardingProcess.VAR_GUIDED_START_BOOKINGS,
            OnboardingProcess.VAR_ATTENDED_SESSIONS,
            OnboardingProcess.VAR_MISSED_OUTCOME,
            OnboardingProcess.VAR_LANGUAGE_DECISION,
            OnboardingProcess.VAR_WITHDRAW_REASON,
            OnboardingProcess.VAR_PLATFORM_STATUS,
            CourseRecommendationProcess.VAR_COURSE_CHOICE,
            CourseRecommendationProcess.VAR_CHOICE_SOURCE,
            CaseVariables.ENROLLED_COURSE,
            FollowUpProcess.VAR_PROGRESS,
            FollowUpProcess.VAR_COMPLETED,
            FollowUpProcess.VAR_CERTIFICATE,
            FollowUpProcess.VAR_REVIEW_OUTCOME,
            FollowUpProcess.VAR_NEXT_COURSE);

    /** Facts derived from the digital-readiness answers: for the jobseeker's agency and the DPO only (issue 17). */
    static final Set<String> READINESS_ANSWERS = Set.of(
            DigitalReadinessProcess.VAR_ACCESS_SCORE,
            DigitalReadinessProcess.VAR_SKILLS_SCORE,
            DigitalReadinessProcess.VAR_CONDITIONS_SCORE,
            DigitalReadinessProcess.VAR_LANGUAGE_SCORE,
            DigitalReadinessProcess.VAR_CONFIDENCE);

    private static boolean mayReadReadinessAnswers(Jobseeker jobseeker) {
        return CurrentUser.get()
                .map(user -> user.hasRole(lu.adem.tremplin.shared.Roles.DPO)
                        || user.agencies().contains(jobseeker.agency()))
                .orElse(false);
    }

    /** Steps worth a line in the history (gateways, start events and the like are left out). */
    private static final Set<String> STEP_TYPES = Set.of(
            "userTask",
            "serviceTask",
            "businessRuleTask",
            "noneEndEvent",
            "messageEndEvent",
            "intermediateTimer",
            "intermediateMessageCatch",
            "boundaryError",
            "boundaryTimer");

    /** Where a running case can wait: the steps above, a called process, a subprocess or an event gateway. */
    private static final Set<String> WAITING_TYPES = Set.of(
            "userTask",
            "serviceTask",
            "intermediateTimer",
            "intermediateMessageCatch",
            "eventBasedGateway",
            "callActivity",
            "subProcess");

    /**
     * A case; {@code currentActivityIds} are the BPMN ids of where it waits (for the diagram),
     * {@code currentSteps} their names.
     */
    public record Case(
            String id,
            String processKey,
            String processDefinitionId,
            String processName,
            Instant started,
            Instant ended,
            List<String> currentSteps,
            List<String> currentActivityIds,
            String endedAt,
            Map<String, Object> facts) {
        public boolean running() {
            return ended == null;
        }
    }

    public record Step(Instant at, String processName, String step, String by) {}

    public record Contents(
            Jobseeker jobseeker,
            List<Case> cases,
            List<Step> history,
            List<ClubBooking> bookings,
            List<OutboxMessage> messages,
            boolean onboardingRunning) {}

    /** A club emploi's name for display. */
    public String clubName(String code) {
        return clubs.club(code).map(lu.adem.tremplin.clubemploi.Club::name).orElse(code);
    }

    private final Jobseekers jobseekers;
    private final Onboarding onboarding;
    private final ClubsEmploi clubs;
    private final Outbox outbox;
    private final HistoryService historyService;
    private final org.camunda.bpm.engine.TaskService taskService;
    private final org.camunda.bpm.engine.RepositoryService repository;
    private final EngineAsSystem asSystem;
    private final Catalogue catalogue;
    private final org.camunda.bpm.engine.RuntimeService runtimeService;
    private final org.camunda.bpm.engine.ManagementService managementService;
    private final boolean demo;
    private final EngineClock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final StepNames stepNames;

    JobseekerFile(
            Jobseekers jobseekers,
            Onboarding onboarding,
            ClubsEmploi clubs,
            Outbox outbox,
            HistoryService historyService,
            EngineAsSystem asSystem,
            Catalogue catalogue,
            org.camunda.bpm.engine.RuntimeService runtimeService,
            org.camunda.bpm.engine.ManagementService managementService,
            org.camunda.bpm.engine.TaskService taskService,
            org.camunda.bpm.engine.RepositoryService repository,
            @org.springframework.beans.factory.annotation.Value("${tremplin.demo.enabled:false}") boolean demo,
            EngineClock clock,
            org.springframework.context.ApplicationEventPublisher events,
            StepNames stepNames) {
        this.stepNames = stepNames;
        this.clock = clock;
        this.events = events;
        this.taskService = taskService;
        this.repository = repository;
        this.catalogue = catalogue;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.demo = demo;
        this.jobseekers = jobseekers;
        this.onboarding = onboarding;
        this.clubs = clubs;
        this.outbox = outbox;
        this.historyService = historyService;
        this.asSystem = asSystem;
    }

    /** Whether demo conveniences (passing time to a case's next deadline) are offered: embedded default only. */
    public boolean demo() {
        return demo;
    }

    /** The file, if the user may see this jobseeker; logs the opening. */
    public Optional<Contents> open(String registrationNumber) {
        return open(registrationNumber, null);
    }

    /** As {@link #open(String)}, with processes and steps named in {@code locale}'s language ({@link StepNames}). */
    public Optional<Contents> open(String registrationNumber, Locale locale) {
        Optional<Jobseeker> jobseeker = jobseekers.find(registrationNumber);
        String user = CurrentUser.get().map(CurrentUser::userId).orElse("anonymous");
        if (jobseeker.isEmpty()) {
            audit.info("file-refused user={} jobseeker={}", user, registrationNumber);
            return Optional.empty();
        }
        audit.info("file-opened user={} jobseeker={}", user, registrationNumber);
        events.publishEvent(
                PersonalDataAccessed.of(PersonalDataAccessed.FILE_OPENED, registrationNumber, "jobseeker/file"));
        // The user may see this jobseeker; their cases are read for them (counsellors hold no read grant
        // on whole process instances, only on their agency's tasks).
        return Optional.of(asSystem.call(() -> contents(jobseeker.get(), locale)));
    }

    /**
     * Demo only (embedded default): time passes, for the whole application, until the earliest deadline
     * of the jobseeker's running cases (a timer: 14 days without progress, the weekly reading, …), so
     * that a demonstration need not wait days. The engine then runs that timer, and every screen sees
     * the later day (overdue tasks, the pilot's dates). Returns the step whose deadline came.
     */
    public Optional<String> passTimeToNextDeadline(String registrationNumber) {
        if (!demo || jobseekers.find(registrationNumber).isEmpty()) {
            return Optional.empty();
        }
        return asSystem.call(() -> {
            List<org.camunda.bpm.engine.runtime.Job> timers = runtimeService
                    .createProcessInstanceQuery()
                    .processInstanceBusinessKey(registrationNumber)
                    .listPage(0, MAX_CASES)
                    .stream()
                    .flatMap(instance ->
                            managementService
                                    .createJobQuery()
                                    .processInstanceId(instance.getId())
                                    .timers()
                                    .listPage(0, 50)
                                    .stream())
                    .sorted(Comparator.comparing(org.camunda.bpm.engine.runtime.Job::getDuedate))
                    .toList();
            if (timers.isEmpty()) {
                return Optional.<String>empty();
            }
            Duration skip =
                    Duration.between(clock.instant(), timers.get(0).getDuedate().toInstant());
            if (skip.isNegative()) {
                skip = Duration.ZERO;
            }
            clock.passTime(skip);
            audit.info(
                    "demo-time-passed user={} jobseeker={} skipped={}s",
                    CurrentUser.get().map(CurrentUser::userId).orElse("anonymous"),
                    registrationNumber,
                    skip.toSeconds());
            var waiting = historyService
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(timers.get(0).getProcessInstanceId())
                    .unfinished()
                    .listPage(0, 50)
                    .stream()
                    .filter(step -> step.getActivityType().startsWith("intermediateTimer")
                            || step.getActivityType().startsWith("boundaryTimer"))
                    .findFirst();
            return Optional.of(
                    waiting.map(JobseekerFile::label).orElse(timers.get(0).getId()));
        });
    }

    /**
     * The BPMN XML of a case's process version, for its read-only diagram; only for a jobseeker the user
     * may see (the diagram holds no personal data, but only their cases are offered).
     */
    public Optional<String> diagramOf(String registrationNumber, String processDefinitionId) {
        if (jobseekers.find(registrationNumber).isEmpty()) {
            return Optional.empty();
        }
        return asSystem.call(() -> {
            try (var xml = repository.getProcessModel(processDefinitionId)) {
                return Optional.of(new String(xml.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.io.IOException | RuntimeException unreadable) {
                return Optional.<String>empty();
            }
        });
    }

    /** Starts onboarding for a jobseeker the user may see. */
    public String proposeProgramme(String registrationNumber) {
        Jobseeker jobseeker = jobseekers
                .find(registrationNumber)
                .orElseThrow(() -> new IllegalArgumentException("No visible jobseeker " + registrationNumber));
        return onboarding.proposeProgramme(jobseeker.registrationNumber(), jobseeker.agency());
    }

    private Contents contents(Jobseeker jobseeker, Locale locale) {
        String number = jobseeker.registrationNumber();
        List<HistoricProcessInstance> instances = historyService
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .orderByProcessInstanceStartTime()
                .desc()
                .listPage(0, MAX_CASES);
        List<String> ids =
                instances.stream().map(HistoricProcessInstance::getId).toList();
        Map<String, Map<String, Object>> facts = facts(ids);
        if (!mayReadReadinessAnswers(jobseeker)) {
            facts.values().forEach(values -> values.keySet().removeAll(READINESS_ANSWERS));
        }
        // one query per case: a person has a handful of cases, and the engine offers no "instance id in" here
        List<HistoricActivityInstance> steps = new ArrayList<>();
        Map<String, String> completedBy = new HashMap<>();
        for (String id : ids) {
            steps.addAll(historyService
                    .createHistoricActivityInstanceQuery()
                    .processInstanceId(id)
                    .orderByHistoricActivityInstanceStartTime()
                    .desc()
                    .listPage(0, MAX_STEPS));
            historyService
                    .createUserOperationLogQuery()
                    .processInstanceId(id)
                    .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE)
                    .listPage(0, MAX_STEPS)
                    .forEach(entry -> completedBy.put(entry.getTaskId(), entry.getUserId()));
        }
        Map<String, String> processNames = new HashMap<>();
        List<Case> cases = new ArrayList<>();
        for (HistoricProcessInstance instance : instances) {
            String name = stepNames.name(
                    instance.getProcessDefinitionId(),
                    instance.getProcessDefinitionKey(),
                    locale,
                    instance.getProcessDefinitionName());
            processNames.put(instance.getId(), name);
            List<HistoricActivityInstance> waiting = steps.stream()
                    .filter(step -> step.getProcessInstanceId().equals(instance.getId())
                            && step.getEndTime() == null
                            && WAITING_TYPES.contains(step.getActivityType()))
                    .toList();
            List<String> current =
                    waiting.stream().map(step -> label(step, locale)).toList();
            List<String> currentIds = waiting.stream()
                    .map(HistoricActivityInstance::getActivityId)
                    .toList();
            String endedAt = steps.stream()
                    .filter(step -> step.getProcessInstanceId().equals(instance.getId())
                            && step.getActivityType().endsWith("EndEvent"))
                    .map(step -> label(step, locale))
                    .findFirst()
                    .orElse(null);
            cases.add(new Case(
                    instance.getId(),
                    instance.getProcessDefinitionKey(),
                    instance.getProcessDefinitionId(),
                    name,
                    instant(instance.getStartTime()),
                    instant(instance.getEndTime()),
                    current,
                    currentIds,
                    endedAt,
                    facts.getOrDefault(instance.getId(), Map.of())));
        }
        List<Step> history = new ArrayList<>(steps.stream()
                .filter(step -> STEP_TYPES.contains(step.getActivityType()))
                .map(step -> new Step(
                        instant(step.getEndTime() != null ? step.getEndTime() : step.getStartTime()),
                        processNames.get(step.getProcessInstanceId()),
                        label(step, locale),
                        step.getAssignee() != null ? step.getAssignee() : completedBy.get(step.getTaskId())))
                .toList());
        // counsellors' comments on the tasks of these cases belong to the person's history too
        for (String id : ids) {
            taskService
                    .getProcessInstanceComments(id)
                    .forEach(comment -> history.add(new Step(
                            instant(comment.getTime()),
                            processNames.get(id),
                            "“" + comment.getFullMessage() + "”",
                            comment.getUserId())));
        }
        history.sort(Comparator.comparing(Step::at).reversed());
        return new Contents(
                jobseeker,
                cases,
                history,
                clubs.bookingsOf(number),
                outbox.messagesFor(number),
                onboarding.isRunningFor(number));
    }

    private Map<String, Map<String, Object>> facts(List<String> instanceIds) {
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        List<HistoricVariableInstance> variables = historyService
                .createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableNameIn(FACTS.toArray(String[]::new))
                .disableCustomObjectDeserialization()
                .listPage(0, instanceIds.size() * FACTS.size());
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (HistoricVariableInstance variable : variables) {
            if (variable.getValue() != null) {
                byInstance
                        .computeIfAbsent(variable.getProcessInstanceId(), id -> new LinkedHashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        byInstance.replaceAll((id, values) -> ordered(values));
        byInstance
                .values()
                .forEach(values -> values.computeIfPresent(
                        CaseVariables.ENROLLED_COURSE,
                        (name, courseId) -> catalogue
                                .find(String.valueOf(courseId))
                                .map(course -> course.title() + " (" + courseId + ")")
                                .orElse(String.valueOf(courseId))));
        return byInstance;
    }

    private static Map<String, Object> ordered(Map<String, Object> values) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        FACTS.stream().filter(values::containsKey).forEach(name -> ordered.put(name, values.get(name)));
        return ordered;
    }

    /** A step's name in the user's language, as the case's own process version names it. */
    private String label(HistoricActivityInstance step, Locale locale) {
        return stepNames.name(step.getProcessDefinitionId(), step.getActivityId(), locale, step.getActivityName());
    }

    private static String label(HistoricActivityInstance step) {
        return step.getActivityName() != null ? step.getActivityName() : step.getActivityId();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
