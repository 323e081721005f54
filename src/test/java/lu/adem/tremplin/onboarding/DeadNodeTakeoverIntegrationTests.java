package lu.adem.tremplin.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.TremplinApplication;
import lu.adem.tremplin.cockpit.Incidents;
import lu.adem.tremplin.learningplatform.LearningPlatform.AccountStatus;
import lu.adem.tremplin.learningplatform.PlatformUnavailable;
import lu.adem.tremplin.learningplatform.simulator.LearningPlatformSimulator;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Two nodes on one PostgreSQL database (issue 16): node A locks due jobs the way its job executor does, then dies
 * without running them; node B, whose job executor runs with the production profile's settings, takes them over
 * once A's locks expire, within the lock time and B's idle wait, and each job's side effect (the onboarding's
 * invitation message in the outbox) happens exactly once. Also: the learning-platform simulator's "down" switch,
 * thrown on one node, holds on the other; and an incident retried from Tremplin's cockpit runs at once on the node
 * where it was retried (its job due now, the idle job executor woken).
 *
 * <p>This test's application context is node B (the survivor); node A is a second application started beside it,
 * its own engine name, no webapps. The lock time is set here as production sets it (issue 16's fix 1) so the test
 * waits seconds, not Camunda's default 5 minutes.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadNodeTakeoverIntegrationTests {

    /** The production job lock time of both nodes ({@code camunda.bpm.job-execution.lock-time-in-millis}). */
    static final Duration LOCK_TIME = Duration.ofSeconds(20);

    /**
     * The longest idle wait of B's job executor between acquisitions ({@code max-wait}). While A's jobs are locked B
     * finds nothing due and backs off (2 s doubling) up to this, which it reaches well within the lock time: at the
     * expiry B is in its slowest state, and the takeover comes at most this long after. With the production
     * profile's former max-wait of 60 s, B took over 10 s after the expiry when started at A's death, and would
     * take up to 60 s after a longer idle spell; production's is now 5 s (ADR 0021).
     */
    static final Duration MAX_IDLE_WAIT = Duration.ofSeconds(5);

    /** Time for B to run the batch it acquired (8 jobs on 4 threads) after acquiring it. */
    static final Duration RUNNING = Duration.ofSeconds(2);

    static final int CASES = 8;

    /** How soon a woken idle job executor runs a retried job (its idle wait is {@link #MAX_IDLE_WAIT}). */
    static final Duration WOKEN = Duration.ofMillis(1500);

    private static ConfigurableApplicationContext nodeA;

    @Autowired
    ApplicationContext nodeB;

    @Autowired
    ProcessEngine engineB;

    @Autowired
    ManagementService managementService;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshDatabase("tremplin_takeover_", registry);
        jobSettings().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("TREMPLIN_PLATFORM_MODE", () -> "simulator");
        registry.add("TREMPLIN_PUBLIC_URL", () -> "https://tremplin.example.lu");
        registry.add("camunda.bpm.process-engine-name", () -> "takeoverB");
    }

    /** The production profile's job executor, running, with its own lock time and idle wait (checked below). */
    private static Map<String, String> jobSettings() {
        return Map.of("camunda.bpm.job-execution.enabled", "true");
    }

    @BeforeEach
    void startNodeA() {
        if (nodeA == null) {
            nodeA = new SpringApplicationBuilder(TremplinApplication.class)
                    .profiles("postgres")
                    .properties(new HashMap<String, Object>(jobSettings()))
                    .properties(
                            "TREMPLIN_PLATFORM_MODE=simulator",
                            "TREMPLIN_PUBLIC_URL=https://tremplin.example.lu",
                            "TREMPLIN_DB_URL=" + environment.getProperty("TREMPLIN_DB_URL"),
                            "TREMPLIN_DB_USER=" + environment.getProperty("TREMPLIN_DB_USER"),
                            "TREMPLIN_DB_PASSWORD=" + environment.getProperty("TREMPLIN_DB_PASSWORD"),
                            "camunda.bpm.process-engine-name=takeoverA",
                            // Camunda's webapps keep JVM-wide state: node B's serve this JVM
                            "camunda.bpm.webapp.enabled=false",
                            "server.port=0")
                    .run();
        }
    }

    @AfterAll
    static void stopNodeA() {
        if (nodeA != null && nodeA.isActive()) {
            nodeA.close();
        }
    }

    @Test
    @Order(1)
    void shouldRefuseThePlatformOnEveryNodeOnceItsSimulatorIsSwitchedDownOnOne() {
        LearningPlatformSimulator onA = nodeA.getBean(LearningPlatformSimulator.class);
        LearningPlatformSimulator onB = nodeB.getBean(LearningPlatformSimulator.class);
        try {
            onB.setDown(true);

            assertThat(onA.isDown()).isTrue();
            assertThatThrownBy(() -> onA.accountStatus("DE-TAKEOVER-0")).isInstanceOf(PlatformUnavailable.class);
        } finally {
            onA.setDown(false);
        }
        assertThat(onB.isDown()).isFalse();
        assertThat(onB.accountStatus("DE-TAKEOVER-0")).isEqualTo(AccountStatus.NOT_INVITED);
    }

    @Test
    @Order(2)
    void shouldRunTheJobsOfADeadNodeOnTheOtherOnceTheirLocksExpireAndOnlyOnce() throws InterruptedException {
        // the production profile's settings (ADR 0021), not the test's
        assertThat(environment.getProperty("camunda.bpm.job-execution.lock-time-in-millis", Long.class))
                .isEqualTo(LOCK_TIME.toMillis());
        assertThat(environment.getProperty("camunda.bpm.job-execution.max-wait", Long.class))
                .isEqualTo(MAX_IDLE_WAIT.toMillis());
        JobExecutor executorB = executor(engineB);
        JobExecutor executorA = executor(nodeA.getBean(ProcessEngine.class));
        executorB.shutdown();
        executorA.shutdown();
        List<String> jobseekers = new ArrayList<>();
        List<String> jobs = new ArrayList<>();
        TestData onA = new TestData(nodeA);
        for (int i = 0; i < CASES; i++) {
            String number = onA.jobseeker(Agency.WILTZ);
            jobseekers.add(number);
            String caseId = nodeA.getBean(RuntimeService.class)
                    .createProcessInstanceByKey(OnboardingProcess.KEY)
                    .businessKey(number)
                    .setVariables(Map.of("jobseekerId", number, "agency", "wiltz", "route", "AUTONOMOUS"))
                    .startBeforeActivity(OnboardingProcess.TASK_INVITE)
                    .execute()
                    .getId();
            jobs.add(managementService
                    .createJobQuery()
                    .processInstanceId(caseId)
                    .singleResult()
                    .getId());
        }

        // node A's job executor acquires them: LOCK_OWNER_ and LOCK_EXP_TIME_ written with A's lock time
        AcquiredJobs acquired = configuration(nodeA.getBean(ProcessEngine.class))
                .getCommandExecutorTxRequired()
                .execute(new AcquireJobsCmd(executorA, 50));
        jobs.forEach(job ->
                assertThat(acquired.contains(job)).as("acquired by A: %s", job).isTrue());
        Instant lockedUntil = lockExpiry(jobs, executorA.getLockOwner());
        assertThat(lockedUntil)
                .isBetween(
                        Instant.now().plus(LOCK_TIME).minusSeconds(3),
                        Instant.now().plus(LOCK_TIME));

        // A dies with its jobs locked and not run; closing it leaves its locks as a crash would
        nodeA.close();
        assertThat(lockExpiry(jobs, executorA.getLockOwner()))
                .as("A's locks outlive it")
                .isEqualTo(lockedUntil);
        executorB.start();

        Map<String, Instant> ran = new HashMap<>();
        Instant deadline = lockedUntil.plus(MAX_IDLE_WAIT).plus(RUNNING).plusSeconds(5);
        while (ran.size() < jobs.size() && Instant.now().isBefore(deadline)) {
            for (String job : jobs) {
                if (!ran.containsKey(job)
                        && managementService.createJobQuery().jobId(job).count() == 0) {
                    ran.put(job, Instant.now());
                }
            }
            Thread.sleep(50);
        }
        assertThat(ran).as("every job of A run by B").hasSize(jobs.size());
        Instant first = ran.values().stream().min(Instant::compareTo).orElseThrow();
        Instant last = ran.values().stream().max(Instant::compareTo).orElseThrow();
        System.out.printf(
                "Dead node takeover: A's %d jobs locked until %s; B ran the first %d ms and the last %d ms after%n",
                jobs.size(),
                lockedUntil,
                Duration.between(lockedUntil, first).toMillis(),
                Duration.between(lockedUntil, last).toMillis());
        assertThat(first).as("not before A's locks expire").isAfterOrEqualTo(lockedUntil);
        assertThat(first)
                .as("taken over within B's idle wait of the expiry (locked until %s)", lockedUntil)
                .isBefore(lockedUntil.plus(MAX_IDLE_WAIT).plusSeconds(1));
        assertThat(last)
                .as("all run within the lock time, B's idle wait and the batch's run (locked until %s)", lockedUntil)
                .isBefore(lockedUntil.plus(MAX_IDLE_WAIT).plus(RUNNING));

        Thread.sleep(1000);
        for (String number : jobseekers) {
            assertThat(jdbc.sql(
                                    "select count(*) from outbox_message where kind = 'PLATFORM_INVITATION' and jobseeker_id = :id")
                            .param("id", number)
                            .query(Integer.class)
                            .single())
                    .as("one invitation for %s", number)
                    .isOne();
        }
    }

    @Test
    @Order(3)
    void shouldRunARetriedIncidentsJobAtOnceOnTheNodeWhereSupervisorsRetriedIt() throws InterruptedException {
        JobExecutor executorB = executor(engineB);
        if (!executorB.isActive()) {
            executorB.start();
        }
        LearningPlatformSimulator simulator = nodeB.getBean(LearningPlatformSimulator.class);
        TestData onB = new TestData(nodeB);
        String number = onB.jobseeker(Agency.WILTZ);
        simulator.setDown(true);
        String caseId;
        String job;
        try {
            caseId = nodeB.getBean(RuntimeService.class)
                    .createProcessInstanceByKey(OnboardingProcess.KEY)
                    .businessKey(number)
                    .setVariables(Map.of("jobseekerId", number, "agency", "wiltz", "route", "AUTONOMOUS"))
                    .startBeforeActivity(OnboardingProcess.TASK_INVITE)
                    .execute()
                    .getId();
            job = managementService
                    .createJobQuery()
                    .processInstanceId(caseId)
                    .singleResult()
                    .getId();
            Instant until = Instant.now().plusSeconds(10);
            while (managementService.createJobQuery().jobId(job).withException().count() == 0) {
                assertThat(Instant.now())
                        .as("B's executor tried the invitation")
                        .isBefore(until);
                Thread.sleep(50);
            }
        } finally {
            simulator.setDown(false);
        }
        // the platform stayed down past the retries: no retry left, next due minutes later, an incident
        managementService.setJobRetries(job, 0);
        String incident = nodeB.getBean(RuntimeService.class)
                .createIncidentQuery()
                .processInstanceId(caseId)
                .singleResult()
                .getId();
        IdentityService identity = nodeB.getBean(IdentityService.class);
        TestSignIn.as(identity, onB.supervisor());
        Instant retried = Instant.now();
        try {
            assertThat(nodeB.getBean(Incidents.class).retry(List.of(incident)))
                    .singleElement()
                    .satisfies(retry -> assertThat(retry.done()).isTrue());
        } finally {
            identity.clearAuthentication();
            SecurityContextHolder.clearContext();
        }

        while (managementService.createJobQuery().jobId(job).count() > 0) {
            assertThat(Instant.now())
                    .as("B's idle executor woken by the retry, not after its idle wait")
                    .isBefore(retried.plus(WOKEN));
            Thread.sleep(20);
        }
        System.out.printf(
                "Retried incident's job run %d ms after the retry%n",
                Duration.between(retried, Instant.now()).toMillis());
        assertThat(jdbc.sql(
                                "select count(*) from outbox_message where kind = 'PLATFORM_INVITATION' and jobseeker_id = :id")
                        .param("id", number)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    /** When the jobs' locks expire; each is locked by {@code owner}, all in the same acquisition. */
    private Instant lockExpiry(List<String> jobs, String owner) {
        List<Instant> expiries = new ArrayList<>();
        for (String job : jobs) {
            jdbc.sql("select lock_owner_, lock_exp_time_ from act_ru_job where id_ = :id")
                    .param("id", job)
                    .query((rs, row) -> {
                        assertThat(rs.getString("lock_owner_"))
                                .as("locked by A")
                                .isEqualTo(owner);
                        expiries.add(rs.getTimestamp("lock_exp_time_").toInstant());
                        return null;
                    })
                    .list();
        }
        assertThat(expiries).hasSize(jobs.size());
        return expiries.stream().min(Instant::compareTo).orElseThrow();
    }

    private static ProcessEngineConfigurationImpl configuration(ProcessEngine engine) {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    private static JobExecutor executor(ProcessEngine engine) {
        return configuration(engine).getJobExecutor();
    }
}
