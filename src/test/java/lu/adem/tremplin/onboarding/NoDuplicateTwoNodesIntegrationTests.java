package lu.adem.tremplin.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseAlreadyRunning;
import lu.adem.tremplin.shared.CaseHandover;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.SecondNode;
import lu.adem.tremplin.support.TestData;

/**
 * No duplicate by construction, on two nodes and one PostgreSQL database (docs/adr/0022): the same
 * jobseeker's onboarding proposed on node A and node B at the same moment runs once, the other attempt
 * is answered as already done with the same case; the invitation step run twice for the case, its jobs
 * executed on both nodes at once, queues one invitation.
 */
@SpringBootTest
@ActiveProfiles("postgres")
class NoDuplicateTwoNodesIntegrationTests {

    private static final int JOBSEEKERS = 8;
    private static ConfigurableApplicationContext nodeB;

    @Autowired
    ApplicationContext nodeA;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshApplication("tremplin_no_duplicate_", "node-a", registry);
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    /** A proposal's outcome: the case it started, or the running case it was answered with. */
    record Outcome(String started, String alreadyRunning) {
        String caseId() {
            return started != null ? started : alreadyRunning;
        }
    }

    private static Outcome propose(ApplicationContext node, String number, CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
            return new Outcome(node.getBean(Onboarding.class).proposeProgramme(number, Agency.WILTZ), null);
        } catch (Onboarding.OnboardingAlreadyRunning done) {
            return new Outcome(null, done.runningInstanceId());
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    @Test
    void shouldRunOneOnboardingAndQueueOneInvitationPerJobseekerWhateverTheNodes() throws Exception {
        startNodeB();
        TestData data = new TestData(nodeA);
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < JOBSEEKERS; i++) {
            numbers.add(data.register(TestData.newJobseeker(Agency.WILTZ)).registrationNumber());
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<String> cases = new ArrayList<>();
            for (String number : numbers) {
                CyclicBarrier together = new CyclicBarrier(2);
                var onA = CompletableFuture.supplyAsync(() -> propose(nodeA, number, together), threads);
                var onB = CompletableFuture.supplyAsync(() -> propose(nodeB, number, together), threads);
                Outcome a = onA.get(60, TimeUnit.SECONDS);
                Outcome b = onB.get(60, TimeUnit.SECONDS);

                assertThat(List.of(a, b))
                        .as(number)
                        .filteredOn(outcome -> outcome.started() != null)
                        .hasSize(1);
                assertThat(a.caseId()).as(number).isNotNull().isEqualTo(b.caseId());
                assertThat(runningOnboardings(number)).as(number).isOne();
                cases.add(a.caseId());
            }

            // the invitation step twice in every case, each time's job on a different node at once
            EngineAsSystem asSystem = nodeA.getBean(EngineAsSystem.class);
            RuntimeService runtime = nodeA.getBean(RuntimeService.class);
            for (String caseId : cases) {
                asSystem.run(() -> runtime.createProcessInstanceModification(caseId)
                        .startBeforeActivity("InviteToLearningPlatform")
                        .startBeforeActivity("InviteToLearningPlatform")
                        .execute());
            }
            for (int round = 0; round < 5 && !invitationJobs().isEmpty(); round++) {
                List<Job> jobs = invitationJobs();
                List<CompletableFuture<Void>> runs = new ArrayList<>();
                for (int i = 0; i < jobs.size(); i++) {
                    ApplicationContext node = i % 2 == 0 ? nodeA : nodeB;
                    String jobId = jobs.get(i).getId();
                    runs.add(CompletableFuture.runAsync(() -> execute(node, jobId), threads));
                }
                CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            }
            assertThat(invitationJobs()).isEmpty();
            for (String number : numbers) {
                assertThat(jdbc.sql("select count(*) from outbox_message where jobseeker_id = :number "
                                        + "and kind = 'PLATFORM_INVITATION'")
                                .param("number", number)
                                .query(Long.class)
                                .single())
                        .as(number)
                        .isOne();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void shouldRunOneFollowUpPerJobseekerAndCourseWhenBothNodesHandOverAtOnce() throws Exception {
        startNodeB();
        TestData data = new TestData(nodeA);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 4; i++) {
                String number =
                        data.register(TestData.newJobseeker(Agency.WILTZ)).registrationNumber();
                CyclicBarrier together = new CyclicBarrier(2);
                var onA = CompletableFuture.supplyAsync(() -> handOver(nodeA, number, together), threads);
                var onB = CompletableFuture.supplyAsync(() -> handOver(nodeB, number, together), threads);

                assertThat(List.of(onA.get(60, TimeUnit.SECONDS), onB.get(60, TimeUnit.SECONDS)))
                        .as(number)
                        .containsExactlyInAnyOrder("started", "already running");
                assertThat(nodeA.getBean(EngineAsSystem.class)
                                .call(() -> nodeA.getBean(RuntimeService.class)
                                        .createProcessInstanceQuery()
                                        .processDefinitionKey("follow-up")
                                        .processInstanceBusinessKey(number)
                                        .count()))
                        .as(number)
                        .isOne();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * Course recommendation's hand-over to follow-up for the same course: "started", or "already running"
     * when it read the running case first (false) or lost the race on the constraint.
     */
    private static String handOver(ApplicationContext node, String number, CyclicBarrier together) {
        try {
            together.await(30, TimeUnit.SECONDS);
            boolean started = node.getBean(CaseHandover.class)
                    .startNext(
                            "course-enrolled",
                            number,
                            java.util.Map.of(
                                    CaseVariables.JOBSEEKER_ID,
                                    number,
                                    CaseVariables.AGENCY,
                                    Agency.WILTZ.code(),
                                    CaseVariables.ROUTE,
                                    "AUTONOMOUS",
                                    CaseVariables.ENROLLED_COURSE,
                                    "7100001"));
            return started ? "started" : "already running";
        } catch (CaseAlreadyRunning lostRace) {
            return "already running";
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private void startNodeB() {
        if (nodeB == null) {
            nodeB = SecondNode.start(environment);
        }
    }

    private long runningOnboardings(String number) {
        return nodeA.getBean(EngineAsSystem.class)
                .call(() -> nodeA.getBean(RuntimeService.class)
                        .createProcessInstanceQuery()
                        .processDefinitionKey(OnboardingProcess.KEY)
                        .processInstanceBusinessKey(number)
                        .count());
    }

    private List<Job> invitationJobs() {
        return nodeA.getBean(EngineAsSystem.class)
                .call(() -> nodeA.getBean(ManagementService.class)
                        .createJobQuery()
                        .activityId("InviteToLearningPlatform")
                        .withRetriesLeft()
                        .list());
    }

    /** Runs a job on a node; a run that lost a race fails its transaction, and the next round retries it. */
    private static void execute(ApplicationContext node, String jobId) {
        try {
            node.getBean(EngineAsSystem.class)
                    .run(() -> node.getBean(ManagementService.class).executeJob(jobId));
        } catch (RuntimeException lostRace) {
            org.slf4j.LoggerFactory.getLogger(NoDuplicateTwoNodesIntegrationTests.class)
                    .info("Job {} failed, to be retried: {}", jobId, lostRace.toString());
        }
    }
}
