package lu.adem.tremplin.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.assessment.ReadinessAnswers;
import lu.adem.tremplin.assessment.ReadinessScores;
import lu.adem.tremplin.inbox.form.TaskForms;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.learningplatform.simulator.LearningPlatformSimulator;
import lu.adem.tremplin.recommendation.CourseChoice;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.Figure;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.Questionnaire;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Benchmark, not a test: case throughput on PostgreSQL. One jobseeker's case driven from the proposal to
 * the enrolment in a course (onboarding → digital readiness by interview → autonomous route → invitation →
 * activation → course recommendation → course chosen → enrolled, follow-up started), through Tremplin's own
 * services as the screens call them: {@link Onboarding#proposeProgramme} as the agency's counsellor,
 * {@link TaskForms#complete} with each form's values as the task screen submits them, the simulated platform's
 * activation, {@link CourseChoice#open} and {@link CourseChoice#choose}; the asynchronous steps executed one by
 * one as the job executor would (it is off, so that both sides run the same jobs in the same thread).
 *
 * <p>Reference, same database, same run: the bare engine running copies of the same four diagrams whose
 * delegates and listeners do nothing ({@link BareProcesses}), tasks completed with {@code TaskService.complete}
 * and the same values plus what Tremplin's delegates would have set (eligibility, scores, route, platform
 * status), no signed-in user. Batches of cases alternate between the two sides, so that a noisy neighbour
 * hits both. Target: Tremplin's cases per second ≥ 0.9 × the bare engine's.
 */
@SpringBootTest
@ActiveProfiles("postgres")
class CaseThroughputBenchmark {

    static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1.0"));
    static final int CASES = Math.max(10, (int) Math.round(150 * SCALE));
    static final int WARM_UP = Math.max(5, CASES / 10);
    static final int BATCH = 10;
    static final double TARGET = 0.9;

    @Autowired
    ApplicationContext context;

    @Autowired
    Onboarding onboarding;

    @Autowired
    TaskForms taskForms;

    @Autowired
    CourseChoice courseChoice;

    @Autowired
    LearningPlatformSimulator platform;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    HistoryService historyService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshApplication("tremplin_bench_cases_", "case-bench", registry);
        // demo accounts (the Luxembourg counsellor) and the sample catalogue (the course choice)
        registry.add("tremplin.demo.enabled", () -> "true");
        registry.add("tremplin.pilot.start", () -> "2020-01-01");
        registry.add("tremplin.pilot.end", () -> "2099-12-31");
        // the benchmark runs each case's jobs itself, in the driving thread, on both sides
    }

    @Test
    void casesFromProposalToCourseEnrolment() throws Exception {
        BareProcesses.deploy(context.getBean(org.camunda.bpm.engine.ProcessEngine.class));
        TestData data = new TestData(context);
        List<String> tremplin = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        for (int i = 0; i < WARM_UP + CASES; i++) {
            Jobseeker jobseeker = TestData.newJobseeker(Agency.LUXEMBOURG);
            tremplin.add(data.register(new Jobseeker(
                            null,
                            jobseeker.registrationNumber(),
                            jobseeker.firstName(),
                            jobseeker.lastName(),
                            Agency.LUXEMBOURG,
                            null,
                            jobseeker.languages(),
                            "case" + i + "@example.lu",
                            null,
                            null,
                            null))
                    .registrationNumber());
            bare.add("BARE-" + TestData.uniqueId());
        }
        // warm-up: both sides' code paths compiled and caches filled
        for (int i = 0; i < WARM_UP; i++) {
            tremplinCase(tremplin.get(i));
            bareCase(bare.get(i));
        }
        long tremplinNanos = 0;
        long bareNanos = 0;
        measuring = true;
        for (int from = WARM_UP; from < WARM_UP + CASES; from += BATCH) {
            int to = Math.min(from + BATCH, WARM_UP + CASES);
            long start = System.nanoTime();
            for (int i = from; i < to; i++) {
                tremplinCase(tremplin.get(i));
            }
            tremplinNanos += System.nanoTime() - start;
            start = System.nanoTime();
            for (int i = from; i < to; i++) {
                bareCase(bare.get(i));
            }
            bareNanos += System.nanoTime() - start;
        }
        measuring = false;
        signOut();
        steps.forEach((name, nanos) -> System.out.printf(
                Locale.ROOT, "BENCHMARK case throughput, %s: %.1f ms per case%n", name, nanos[0] / 1e6 / CASES));
        // every case reached the course enrolment, and its follow-up started
        assertThat(count("course-recommendation", tremplin)).isEqualTo(tremplin.size());
        assertThat(count("course-recommendation" + BareProcesses.SUFFIX, bare)).isEqualTo(bare.size());
        assertThat(jdbc.sql("select count(*) from platform_simulator_enrolment where external_id like 'DE-T-%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(tremplin.size());
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("follow-up" + BareProcesses.SUFFIX)
                        .count())
                .isEqualTo(bare.size());

        double tremplinRate = CASES / (tremplinNanos / 1e9);
        double bareRate = CASES / (bareNanos / 1e9);
        double ratio = tremplinRate / bareRate;
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK case throughput: %d cases each side (after %d warm-up), Tremplin %.1f s, bare %.1f s%n",
                CASES,
                WARM_UP,
                tremplinNanos / 1e9,
                bareNanos / 1e9);
        new Figure(
                        "case throughput, proposal to course enrolment (6 user tasks, 3 jobs, 4 processes), " + CASES
                                + " cases, one thread",
                        String.format(Locale.ROOT, "%.2f cases/s", tremplinRate),
                        "≥ 0.9 × bare engine",
                        String.format(Locale.ROOT, "bare engine, no-op delegates: %.2f cases/s", bareRate),
                        Figure.ratio(ratio),
                        ratio >= TARGET)
                .print();
    }

    /** Where each side's time goes, by step (nanoseconds, measured cases only). */
    private final Map<String, long[]> steps = new java.util.LinkedHashMap<>();

    private long mark;
    private boolean measuring;

    private void step(String side, String name) {
        long now = System.nanoTime();
        if (measuring) {
            steps.computeIfAbsent(side + " " + name, key -> new long[1])[0] += now - mark;
        }
        mark = System.nanoTime();
    }

    /** One case through Tremplin's services, as Luxembourg's counsellor at the screens. */
    private void tremplinCase(String jobseekerId) {
        mark = System.nanoTime();
        TestSignIn.as(identityService, "counsellor");
        String onboardingId = onboarding.proposeProgramme(jobseekerId, Agency.LUXEMBOURG);
        step("Tremplin", "start");
        taskForms.complete(task(jobseekerId), Map.of("proposalChannel", "PHONE", "proposalOutcome", "ACCEPTED"));
        step("Tremplin", "proposal (+ eligibility)");
        taskForms.complete(task(jobseekerId), privacyNotice());
        step("Tremplin", "privacy notice (+ assessment starts)");
        taskForms.complete(task(jobseekerId), interview());
        step("Tremplin", "interview (+ scores, decision)");
        taskForms.complete(task(jobseekerId), Map.of("routeDecision", "CONFIRM"));
        signOut();
        step("Tremplin", "route validated");
        runJob(onboardingId); // invitation
        step("Tremplin", "job: invitation");
        platform.activate(jobseekerId); // the jobseeker activates the account: the check runs now
        step("Tremplin", "activation noticed");
        runJob(onboardingId); // account check → enrolled → course recommendation starts
        step("Tremplin", "job: account check (+ recommendation, shortlist)");
        TestSignIn.as(identityService, "counsellor");
        String choice = task(jobseekerId);
        var shortlist = courseChoice.open(choice).orElseThrow().shortlist();
        step("Tremplin", "course choice screen opened");
        courseChoice.choose(choice, shortlist.get(0).course().platformId());
        signOut();
        step("Tremplin", "course chosen");
        runJob(recommendation("course-recommendation", jobseekerId)); // enrolment → follow-up starts
        step("Tremplin", "job: enrolment (+ follow-up)");
    }

    /** The same case on the bare copies: the engine's API only, no signed-in user. */
    private void bareCase(String key) {
        mark = System.nanoTime();
        Map<String, Object> proposal = new HashMap<>(Map.of("proposalChannel", "PHONE", "proposalOutcome", "ACCEPTED"));
        // what CheckEligibility and CheckPlatformActivation would set
        proposal.put("eligible", true);
        proposal.put("platformStatus", "ACTIVE");
        String onboardingId = runtimeService
                .startProcessInstanceByKey(
                        "onboarding" + BareProcesses.SUFFIX, key, Map.of("jobseekerId", key, "agency", "luxembourg"))
                .getId();
        step("bare", "start");
        taskService.complete(task(key), proposal);
        step("bare", "proposal");
        taskService.complete(task(key), privacyNotice());
        step("bare", "privacy notice");
        Map<String, Object> interview = interview();
        interview.putAll(ReadinessScores.of(ReadinessAnswers.from(interview)).asVariables());
        taskService.complete(task(key), interview);
        step("bare", "interview");
        taskService.complete(task(key), Map.of("routeDecision", "CONFIRM", "route", "AUTONOMOUS"));
        step("bare", "route validated");
        runJob(onboardingId);
        step("bare", "job: invitation");
        runJob(onboardingId);
        step("bare", "job: account check");
        String choice = task(key);
        taskService.getVariables(choice);
        taskService.complete(choice, Map.of("courseChoice", "CHOSEN", "chosenCourseId", "C-1"));
        step("bare", "course chosen");
        runJob(recommendation("course-recommendation" + BareProcesses.SUFFIX, key));
        step("bare", "job: enrolment");
    }

    private static Map<String, Object> privacyNotice() {
        return Map.of("privacyNoticeGiven", true, "privacyNoticeChannel", "IN_PERSON", "assessmentMode", "INTERVIEW");
    }

    /** The interview form's values as the screen submits them: whole numbers as Long, unticked boxes false. */
    private static Map<String, Object> interview() {
        Map<String, Object> values = new HashMap<>();
        Questionnaire.autonomous().forEach((question, answer) -> values.put(question, ((Integer) answer).longValue()));
        values.put("x1", false);
        values.put("x2", false);
        return values;
    }

    /** The case's one open task (the inbox's row the counsellor clicks). */
    private String task(String businessKey) {
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .singleResult()
                .getId();
    }

    private String recommendation(String key, String businessKey) {
        return runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(key)
                .processInstanceBusinessKey(businessKey)
                .singleResult()
                .getId();
    }

    /** Executes the instance's one due job, as the job executor would. */
    private void runJob(String processInstanceId) {
        Job job = managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .executable()
                .singleResult();
        assertThat(job).as("due job of " + processInstanceId).isNotNull();
        managementService.executeJob(job.getId());
    }

    private long count(String key, List<String> businessKeys) {
        return businessKeys.stream()
                .filter(businessKey -> historyService
                                .createHistoricProcessInstanceQuery()
                                .processDefinitionKey(key)
                                .processInstanceBusinessKey(businessKey)
                                .completed()
                                .count()
                        == 1)
                .count();
    }

    private void signOut() {
        identityService.clearAuthentication();
        SecurityContextHolder.clearContext();
    }
}
