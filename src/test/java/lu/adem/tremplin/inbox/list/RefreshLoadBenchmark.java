package lu.adem.tremplin.inbox.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.Figure;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Benchmark (tools/benchmarks.sh): the database time that open inboxes cost while counsellors complete tasks.
 * 200 inboxes are open (six agencies, realistic skew) and tasks are completed five times a second for a
 * minute. Each inbox's refresh does what {@code InboxView.refresh} does: the five lists' counts, the shown
 * list's count twice (label and grid) and its first page of 50 with business columns. Before (issue 15): every
 * change refreshed every open inbox at once with uncounted-for counts — measured on a sample of completions,
 * since it cannot keep up with five a second. After: {@link InboxSignals} (concerned inboxes only, once a
 * second) and {@link TaskCounts}. Database time is PostgreSQL's own {@code pg_stat_database.active_time}.
 */
@SpringBootTest
@ActiveProfiles("postgres")
class RefreshLoadBenchmark {

    static final double SCALE = Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    static final int INBOXES = 200;
    static final int PER_SECOND = 5;
    static final int SECONDS = (int) Math.max(10, 60 * Math.min(1, SCALE));
    static final int BEFORE_SAMPLE = 10;
    static final int OPEN_TASKS = (int) Math.max(300, 3_000 * SCALE);
    /** Agencies' shares of tasks and counsellors: Luxembourg and Esch the largest, Wiltz the smallest. */
    static final Map<Agency, Integer> SHARES = Map.of(
            Agency.LUXEMBOURG, 35,
            Agency.ESCH_SUR_ALZETTE, 25,
            Agency.DIEKIRCH, 12,
            Agency.DIFFERDANGE, 12,
            Agency.WASSERBILLIG, 10,
            Agency.WILTZ, 6);

    @Autowired
    ApplicationContext context;

    @Autowired
    Inbox inbox;

    @Autowired
    InboxSignals signals;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshApplication("tremplin_bench_refresh_", "refresh-bench", registry);
    }

    record OpenInbox(String userId, Agency agency) {}

    private final ExecutorService pushers = Executors.newFixedThreadPool(2);
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicLong refreshNanos = new AtomicLong();

    @Test
    void openInboxesWhileTasksAreCompletedFiveTimesASecond() throws Exception {
        TestData data = new TestData(context);
        long began = System.nanoTime();
        List<OpenInbox> inboxes = new ArrayList<>();
        ConcurrentLinkedQueue<String> toComplete = new ConcurrentLinkedQueue<>();
        SHARES.forEach((agency, share) -> {
            for (int i = 0; i < INBOXES * share / 100; i++) {
                inboxes.add(new OpenInbox(data.counsellor(agency), agency));
            }
        });
        int completions = PER_SECOND * SECONDS + BEFORE_SAMPLE + PER_SECOND * 10;
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < OPEN_TASKS + completions; i++) {
            numbers.add(data.proposedCase(pick(i)));
        }
        // completed in an order that visits every agency as its share says
        for (int i = OPEN_TASKS; i < numbers.size(); i++) {
            toComplete.add(data.openTask(numbers.get(i)));
        }
        jdbc.sql("vacuum analyze").update();
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK refresh load: %d inboxes, %,d open tasks, generated in %,d ms%n",
                inboxes.size(),
                OPEN_TASKS + completions,
                (System.nanoTime() - began) / 1_000_000);

        // the completions alone, no inbox open: the floor both ways stand on
        double floor = databaseMillis(() -> completeAtRate(toComplete, PER_SECOND * 10)) / (PER_SECOND * 10);

        // before: each change refreshed every open inbox, counting every list each time
        refreshes.set(0);
        double before = databaseMillis(() -> {
                    for (int i = 0; i < BEFORE_SAMPLE; i++) {
                        complete(toComplete.poll());
                        List<java.util.concurrent.Future<?>> all = new ArrayList<>();
                        for (OpenInbox open : inboxes) {
                            all.add(pushers.submit(() -> refresh(open, inbox::uncachedCount)));
                        }
                        for (var each : all) {
                            each.get();
                        }
                    }
                })
                / BEFORE_SAMPLE;
        int beforeRefreshes = refreshes.get() / BEFORE_SAMPLE;
        double beforeSeconds = refreshNanos.get() / 1e9 / BEFORE_SAMPLE;

        // after: the concerned inboxes, once a second, counts cached
        refreshes.set(0);
        refreshNanos.set(0);
        List<InboxSignals.Subscription> subscriptions = new ArrayList<>();
        for (OpenInbox open : inboxes) {
            AtomicBoolean queued = new AtomicBoolean();
            subscriptions.add(signals.subscribe(
                    open.userId(), List.of("counsellor", open.agency().groupId()), () -> {
                        if (queued.compareAndSet(false, true)) {
                            pushers.execute(() -> {
                                queued.set(false);
                                refresh(open, inbox::count);
                            });
                        }
                    }));
        }
        double afterTotal = databaseMillis(() -> {
            completeAtRate(toComplete, PER_SECOND * SECONDS);
            Thread.sleep(InboxSignals.TICK.toMillis() * 3);
        });
        subscriptions.forEach(InboxSignals.Subscription::cancel);
        double after = afterTotal / (PER_SECOND * SECONDS);
        int afterRefreshes = refreshes.get();

        System.out.printf(
                Locale.ROOT,
                "BENCHMARK refresh load: completion alone %.1f ms of database time; before %d refreshes per completion"
                        + " (%.2f s of refresh work); after %d refreshes in %d s for %d completions%n",
                floor,
                beforeRefreshes,
                beforeSeconds,
                afterRefreshes,
                SECONDS,
                PER_SECOND * SECONDS);
        String what = "Refresh load: " + inboxes.size() + " open inboxes, " + PER_SECOND
                + " task completions a second for " + SECONDS + " s, " + String.format(Locale.ROOT, "%,d", OPEN_TASKS)
                + " open tasks (PostgreSQL database time, pg_stat_database.active_time)";
        new Figure(
                        what + ", per completion",
                        String.format(Locale.ROOT, "%.0f ms (completion alone %.0f ms)", after, floor),
                        "far below before",
                        String.format(
                                Locale.ROOT,
                                "before: %.0f ms (%d refreshes each, %d sampled completions)",
                                before,
                                beforeRefreshes,
                                BEFORE_SAMPLE),
                        Figure.ratio(after / before),
                        after < before / 10)
                .print();
        new Figure(
                        what + ", per second",
                        String.format(Locale.ROOT, "%.2f s of database time a second", after * PER_SECOND / 1000),
                        "< 1 s a second (one core)",
                        String.format(Locale.ROOT, "before: %.1f s a second", before * PER_SECOND / 1000),
                        Figure.ratio(after / before),
                        after * PER_SECOND < 1000)
                .print();
        assertThat(afterRefreshes).isPositive();
        pushers.shutdown();
        pushers.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static Agency pick(int i) {
        int slot = Math.floorMod(i * 37, 100);
        int sum = 0;
        for (Agency agency : Agency.values()) {
            sum += SHARES.get(agency);
            if (slot < sum) {
                return agency;
            }
        }
        return Agency.LUXEMBOURG;
    }

    /** One inbox refresh, as {@code InboxView.refresh} and its grid do it, as that counsellor. */
    private void refresh(OpenInbox open, ToIntFunction<Inbox.Query> count) {
        long start = System.nanoTime();
        TestSignIn.as(identityService, open.userId());
        try {
            for (Inbox.TaskList list : Inbox.TaskList.values()) {
                count.applyAsInt(new Inbox.Query(list, null, Inbox.Sort.DUE));
            }
            Inbox.Query shown = new Inbox.Query(Inbox.TaskList.AGENCY, null, Inbox.Sort.DUE);
            count.applyAsInt(shown);
            count.applyAsInt(shown);
            inbox.page(shown, 0, 50);
        } finally {
            identityService.clearAuthentication();
            SecurityContextHolder.clearContext();
            refreshes.incrementAndGet();
            refreshNanos.addAndGet(System.nanoTime() - start);
        }
    }

    private void complete(String taskId) {
        taskService.complete(taskId, Map.of("proposalOutcome", "DECLINED"));
    }

    private void completeAtRate(ConcurrentLinkedQueue<String> tasks, int count) throws InterruptedException {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * 1_000_000_000L / PER_SECOND;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            complete(tasks.poll());
        }
    }

    interface Work {
        void run() throws Exception;
    }

    /**
     * The database's active time spent during the work (pg_stat_database.active_time, milliseconds): sessions
     * report it when they go idle, so the reading waits past PostgreSQL's idle report interval.
     */
    private double databaseMillis(Work work) throws Exception {
        double before = activeTime();
        work.run();
        return activeTime() - before;
    }

    private double activeTime() throws InterruptedException {
        Thread.sleep(11_500);
        return jdbc.sql("select active_time from pg_stat_database where datname = current_database()")
                .query(Double.class)
                .single();
    }
}
