package lu.adem.tremplin.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.TremplinApplication;
import lu.adem.tremplin.support.Figure;
import lu.adem.tremplin.support.LocalPostgres;

/**
 * Benchmark, not a test: asynchronous steps per second run by Camunda's job executor on one node, then on two
 * nodes sharing one PostgreSQL database (this test's application context is node A; node B is a second
 * application started beside it in the same JVM, its own engine name, no webapps), with the job executor
 * settings of {@code application-postgres.yaml} (ADR 0020).
 *
 * <p>The backlog is real Tremplin work: for each new jobseeker (whose platform account is already active), an
 * onboarding case parked before "Invite to the learning platform" and a course recommendation parked before
 * "Enrol in the course", both asynchronous continuations. The executors then run, per jobseeker: the invitation
 * (outbox message), the account check (enrolled → course recommendation starts, its shortlist is built), the
 * enrolment (simulated platform) → follow-up starts, and the follow-up's first progress reading: four jobs. The
 * executors are stopped while a backlog is built and started together; the figure is successful jobs (history's
 * job log) over the time until no due job is left.
 *
 * <p>Side effects are counted against the jobseekers of each run: exactly one invitation message, one
 * enrolment, one course recommendation started by the onboarding and one follow-up each. A duplicate fails the
 * benchmark (it is a bug, not a slow figure).
 */
@SpringBootTest
@ActiveProfiles("postgres")
class JobThroughputBenchmark {

    static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1.0"));
    static final int JOBSEEKERS = Math.max(20, (int) Math.round(500 * SCALE));
    static final int JOBS_PER_JOBSEEKER = 4;
    static final double TARGET = 1.5;

    private static ConfigurableApplicationContext nodeB;

    @Autowired
    ProcessEngine engineA;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    private int run;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshDatabase("tremplin_bench_jobs_", registry);
        properties().forEach((key, value) -> registry.add(key, () -> value));
        // the sample catalogue (shortlists), loaded once by node A
        registry.add("tremplin.demo.enabled", () -> "true");
        registry.add("camunda.bpm.process-engine-name", () -> "jobs-a");
    }

    private static Map<String, String> properties() {
        return Map.of(
                "TREMPLIN_PLATFORM_MODE", "simulator",
                "TREMPLIN_PUBLIC_URL", "https://tremplin.example.lu",
                "tremplin.pilot.start", "2020-01-01",
                "tremplin.pilot.end", "2099-12-31");
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void asynchronousStepsOnOneNodeThenTwo() throws Exception {
        JobExecutor executorA = executor(engineA);
        // warm-up: the demo cases' due jobs and a small backlog, on node A
        measure("warm-up", List.of(executorA), Math.max(10, JOBSEEKERS / 10));
        double one = measure("one node", List.of(executorA), JOBSEEKERS);

        nodeB = new SpringApplicationBuilder(TremplinApplication.class)
                .profiles("postgres")
                .properties(new HashMap<String, Object>(properties()))
                .properties(
                        "TREMPLIN_DB_URL=" + environment.getProperty("TREMPLIN_DB_URL"),
                        "TREMPLIN_DB_USER=" + environment.getProperty("TREMPLIN_DB_USER"),
                        "TREMPLIN_DB_PASSWORD=" + environment.getProperty("TREMPLIN_DB_PASSWORD"),
                        "camunda.bpm.process-engine-name=jobs-b",
                        // Camunda's webapps keep JVM-wide state: node A's serve this JVM
                        "camunda.bpm.webapp.enabled=false",
                        "server.port=0")
                .run();
        JobExecutor executorB = executor(nodeB.getBean(ProcessEngine.class));
        measure("two nodes warm-up", List.of(executorA, executorB), Math.max(10, JOBSEEKERS / 10));
        double two = measure("two nodes", List.of(executorA, executorB), JOBSEEKERS);

        new Figure(
                        "job throughput, one node, backlog of " + JOBSEEKERS * JOBS_PER_JOBSEEKER
                                + " real asynchronous steps (invitation, account check, enrolment, progress reading)",
                        String.format(Locale.ROOT, "%.1f jobs/s", one),
                        "—",
                        "—",
                        "—",
                        null)
                .print();
        new Figure(
                        "job throughput, two nodes on one database (two application contexts, one JVM, 2 cores), "
                                + "same backlog size; duplicate side effects 0",
                        String.format(Locale.ROOT, "%.1f jobs/s", two),
                        "≥ 1.5 × one node",
                        String.format(Locale.ROOT, "one node: %.1f jobs/s", one),
                        Figure.ratio(two / one),
                        two / one >= TARGET)
                .print();
    }

    /** Builds a backlog for new jobseekers with every executor stopped, then runs it on the given executors. */
    private double measure(String what, List<JobExecutor> executors, int jobseekers) throws InterruptedException {
        executors.forEach(JobExecutor::shutdown);
        executor(engineA).shutdown();
        if (nodeB != null) {
            executor(nodeB.getBean(ProcessEngine.class)).shutdown();
        }
        List<String> people = backlog(jobseekers);
        long successes = historyService.createHistoricJobLogQuery().successLog().count();
        long failures = historyService.createHistoricJobLogQuery().failureLog().count();
        long start = System.nanoTime();
        executors.forEach(JobExecutor::start);
        long deadline = start + 300_000_000_000L;
        while (managementService.createJobQuery().executable().count() > 0) {
            assertThat(System.nanoTime())
                    .as(what + ": backlog drained within 5 minutes")
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long done = historyService.createHistoricJobLogQuery().successLog().count() - successes;
        long failed = historyService.createHistoricJobLogQuery().failureLog().count() - failures;
        double rate = done / seconds;
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK job throughput, %s: %d jobseekers, %d jobs succeeded, %d failed attempts (retried), "
                        + "%.1f s, %.1f jobs/s%n",
                what,
                jobseekers,
                done,
                failed,
                seconds,
                rate);
        assertNoDuplicates(what, people);
        return rate;
    }

    /**
     * New jobseekers with active platform accounts, each with an onboarding case before the invitation and a
     * course recommendation before the enrolment.
     */
    private List<String> backlog(int jobseekers) {
        String prefix = "DE-J" + (++run) + "-";
        jdbc.sql("""
                insert into jobseeker (registration_number, first_name, last_name, agency, languages, email,
                    created_at, updated_at, version)
                select :prefix || g, 'Job', 'Seeker' || g, 'luxembourg', 'FR', 'job' || g || '@example.lu',
                    localtimestamp, localtimestamp, 0
                from generate_series(1, :n) g""").param("prefix", prefix).param("n", jobseekers).update();
        jdbc.sql("""
                insert into platform_simulator_account (external_id, team, language, status, invited_at, activated_at)
                select :prefix || g, 'adem-luxembourg', 'fr', 'ACTIVE', localtimestamp, localtimestamp
                from generate_series(1, :n) g""").param("prefix", prefix).param("n", jobseekers).update();
        String course = jdbc.sql("select platform_id from course order by platform_id fetch first 1 rows only")
                .query(String.class)
                .single();
        List<String> people = new ArrayList<>();
        for (int i = 1; i <= jobseekers; i++) {
            String id = prefix + i;
            people.add(id);
            Map<String, Object> variables =
                    Map.of("jobseekerId", id, "agency", "luxembourg", "route", "AUTONOMOUS", "weeklyHoursAnswer", 2L);
            runtimeService
                    .createProcessInstanceByKey(OnboardingProcess.KEY)
                    .businessKey(id)
                    .setVariables(variables)
                    .startBeforeActivity(OnboardingProcess.TASK_INVITE)
                    .execute();
            Map<String, Object> chosen = new HashMap<>(variables);
            chosen.put("courseChoice", "CHOSEN");
            chosen.put("chosenCourseId", course);
            runtimeService
                    .createProcessInstanceByKey("course-recommendation")
                    .businessKey(id)
                    .setVariables(chosen)
                    .startBeforeActivity("EnrolInCourse")
                    .execute();
        }
        assertThat(managementService.createJobQuery().executable().count()).isGreaterThanOrEqualTo(2L * jobseekers);
        return people;
    }

    private void assertNoDuplicates(String what, List<String> people) {
        String like = people.get(0).substring(0, people.get(0).lastIndexOf('-') + 1) + "%";
        int invitations = jdbc.sql(
                        "select count(*) from outbox_message where kind = 'PLATFORM_INVITATION' and jobseeker_id like :p")
                .param("p", like)
                .query(Integer.class)
                .single();
        int enrolments = jdbc.sql("select count(*) from platform_simulator_enrolment where external_id like :p")
                .param("p", like)
                .query(Integer.class)
                .single();
        long recommendations = started("course-recommendation", like);
        long followUps = started("follow-up", like);
        System.out.printf(
                "BENCHMARK job throughput, %s: side effects for %d jobseekers: %d invitations, %d enrolments, "
                        + "%d course recommendations (parked + started by onboarding), %d follow-ups%n",
                what, people.size(), invitations, enrolments, recommendations, followUps);
        assertThat(invitations).as(what + ": invitations").isEqualTo(people.size());
        assertThat(enrolments).as(what + ": enrolments").isEqualTo(people.size());
        assertThat(recommendations).as(what + ": course recommendations").isEqualTo(2L * people.size());
        assertThat(followUps).as(what + ": follow-ups").isEqualTo(people.size());
    }

    /** Instances of the process started for these jobseekers, running or ended (history). */
    private long started(String key, String like) {
        return jdbc.sql("""
                        select count(*) from act_hi_procinst p join act_re_procdef d on d.id_ = p.proc_def_id_
                        where d.key_ = :key and p.business_key_ like :p""")
                .param("key", key)
                .param("p", like)
                .query(Long.class)
                .single();
    }

    private static JobExecutor executor(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    }
}
