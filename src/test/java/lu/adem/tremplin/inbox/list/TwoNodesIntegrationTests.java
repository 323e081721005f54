package lu.adem.tremplin.inbox.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.SecondNode;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Two nodes on one PostgreSQL database (how Tremplin scales out): this test's application context is node A,
 * a second application started beside it is node B. A task created or completed on B refreshes the inboxes
 * it concerns on A, and only those, within two seconds; A's counts follow.
 */
@SpringBootTest
@ActiveProfiles("postgres")
class TwoNodesIntegrationTests {

    static final Duration WITHIN = Duration.ofSeconds(2);
    private static ConfigurableApplicationContext nodeB;

    @Autowired
    ApplicationContext nodeA;

    @Autowired
    InboxSignals signalsOnA;

    @Autowired
    Inbox inboxOnA;

    @Autowired
    IdentityService identityOnA;

    @Autowired
    Environment environment;

    private final List<InboxSignals.Subscription> subscriptions = new java.util.ArrayList<>();

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshApplication("tremplin_two_nodes_", "node-a", registry);
    }

    @BeforeEach
    void startNodeB() {
        if (nodeB == null) {
            nodeB = SecondNode.start(environment);
        }
        waitUntil(
                Duration.ofSeconds(10),
                () -> nodeA.getBean(TaskChangeRelay.class).listening()
                        && nodeB.getBean(TaskChangeRelay.class).listening());
    }

    @AfterEach
    void cancel() {
        subscriptions.forEach(InboxSignals.Subscription::cancel);
        identityOnA.clearAuthentication();
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    static void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private static void waitUntil(Duration atMost, java.util.function.BooleanSupplier done) {
        long until = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting after %s", atMost).isLessThan(until);
            try {
                Thread.sleep(20);
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(stop);
            }
        }
    }

    /** An inbox open on node A: the moments it was told to refresh. */
    private ConcurrentLinkedQueue<Long> inboxOnA(String userId, Agency agency) {
        ConcurrentLinkedQueue<Long> refreshed = new ConcurrentLinkedQueue<>();
        subscriptions.add(signalsOnA.subscribe(
                userId, List.of("counsellor", agency.groupId()), () -> refreshed.add(System.nanoTime())));
        return refreshed;
    }

    @Test
    void shouldRefreshTheAgencysInboxesOnNodeAWithinTwoSecondsOfATaskCreatedAndCompletedOnNodeB() {
        TestData onA = new TestData(nodeA);
        TestData onB = new TestData(nodeB);
        String esch = onA.counsellor(Agency.ESCH_SUR_ALZETTE);
        String wiltz = onA.counsellor(Agency.WILTZ);
        var eschInbox = inboxOnA(esch, Agency.ESCH_SUR_ALZETTE);
        var wiltzInbox = inboxOnA(wiltz, Agency.WILTZ);
        TestSignIn.as(identityOnA, esch);
        Inbox.Query agencyList = new Inbox.Query(Inbox.TaskList.AGENCY, null, Inbox.Sort.DUE);
        int before = inboxOnA.count(agencyList);

        long created = System.nanoTime();
        String number = onB.proposedCase(Agency.ESCH_SUR_ALZETTE);

        waitUntil(WITHIN, () -> eschInbox.stream().anyMatch(at -> at > created));
        assertThat(inboxOnA.count(agencyList)).as("node A counts node B's task").isEqualTo(before + 1);

        String task = onB.openTask(number);
        long completed = System.nanoTime();
        onB.asTremplin(() -> {
            nodeB.getBean(TaskService.class).complete(task, java.util.Map.of("proposalOutcome", "DECLINED"));
            return null;
        });
        waitUntil(WITHIN, () -> eschInbox.stream().anyMatch(at -> at > completed));
        assertThat(inboxOnA.count(agencyList)).isEqualTo(before);
        assertThat(wiltzInbox).as("another agency's inbox is left alone").isEmpty();
    }

    @Test
    void shouldRefreshAnAgencysInboxesOnceForABurstOfChanges() throws InterruptedException {
        TestData onA = new TestData(nodeA);
        TestData onB = new TestData(nodeB);
        String diekirch = onA.counsellor(Agency.DIEKIRCH);
        var inbox = inboxOnA(diekirch, Agency.DIEKIRCH);
        AtomicInteger cases = new AtomicInteger();

        long began = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            onB.proposedCase(Agency.DIEKIRCH);
            cases.incrementAndGet();
        }
        long tookMillis = (System.nanoTime() - began) / 1_000_000;
        waitUntil(WITHIN, () -> !inbox.isEmpty());
        Thread.sleep(InboxSignals.TICK.toMillis() * 2);

        // one refresh per tick at most: the ten changes took tookMillis, plus the ticks that carried them
        assertThat(inbox.size())
                .as("%d changes in %d ms", cases.get(), tookMillis)
                .isLessThanOrEqualTo((int) (tookMillis / InboxSignals.TICK.toMillis()) + 2);
    }
}
