package lu.adem.tremplin.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;

import lu.adem.tremplin.support.LocalPostgres;

/**
 * The fault run (docs/reliability.md), not a test of the suite: {@code tools/fault-run.sh}. Two nodes started
 * from the production jar on a fresh PostgreSQL database of the local server, an SMTP server in this JVM, the
 * learning platform's simulator shared through the database. Phase after phase, clients drive new cases end to
 * end through the engine REST API ({@link CaseDriver}, {@link EngineClient}: retries, fail-over, lost responses)
 * while one fault is injected ({@link Faults}); then every case of the phase is counted from the database and
 * the mail server: started, finished, lost, duplicated side effects, client errors, time to recover.
 *
 * <p>It restarts and stops the machine's PostgreSQL server: run it when nothing else uses that server.
 */
class FaultRun {

    static final Path JAR = Path.of(System.getProperty("faults.jar", "target/faults/tremplin.jar"));
    static final Path OUT = Path.of("target/faults");
    static final int CASES = Integer.getInteger("faults.cases", 24);
    static final int CLIENTS = Integer.getInteger("faults.clients", 8);
    static final Duration FAULT_AFTER = Duration.ofSeconds(8);
    static final Duration CASE_LIMIT = Duration.ofMinutes(6);
    static final String AGENCY = "luxembourg";
    static final String ADMIN = "faultrun";
    static final String ADMIN_PASSWORD = "Fault-run-" + Long.toHexString(System.nanoTime()) + "!";

    interface Fault {
        double inject() throws Exception;
    }

    record Phase(String name, Fault fault) {}

    record Row(
            String phase,
            int started,
            int finished,
            int lost,
            Map<String, Long> duplicates,
            int clientErrors,
            int retried,
            int lostResponses,
            int quick503,
            double recovery,
            List<String> notes) {}

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, String> phaseOf = new HashMap<>();

    @Test
    void faultRun() throws Exception {
        assertThat(JAR).as("production jar (tools/fault-run.sh builds it)").isRegularFile();
        assertThat(System.getenv("TREMPLIN_TEST_PG_URL"))
                .as("the fault run's own PostgreSQL cluster, set up by tools/fault-run.sh")
                .isNotBlank();
        Files.createDirectories(OUT);
        Instant began = Instant.now();
        Map<String, String> environment = new HashMap<>();
        LocalPostgres.freshDatabase("tremplin_faults_", registry(environment));
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("TREMPLIN_PLATFORM_MODE", "simulator");
        environment.put("TREMPLIN_PUBLIC_URL", "https://tremplin.example.lu");
        environment.put("TREMPLIN_ADMIN_USER", ADMIN);
        environment.put("TREMPLIN_ADMIN_PASSWORD", ADMIN_PASSWORD);
        Mail mail = new Mail(Node.freePort());
        mail.start();
        List<String> arguments = List.of(
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.port,
                "--spring.mail.properties.mail.smtp.connectiontimeout=2000",
                "--spring.mail.properties.mail.smtp.timeout=5000",
                // the run's only shortened delays: the outbox looks every 2 s and retries after 10 s, doubling
                "--tremplin.outbox.delivery-interval=PT2S",
                "--tremplin.outbox.first-retry=PT10S");
        List<String> first = new ArrayList<>(arguments);
        first.add("--tremplin.demo.enabled=true"); // the sample catalogue, for the course choice
        Node a = new Node("node-a", JAR, OUT, environment, first);
        Node b = new Node("node-b", JAR, OUT, environment, arguments);
        List<Node> nodes = List.of(a, b);
        Database database = new Database(
                environment.get("TREMPLIN_DB_URL"),
                environment.get("TREMPLIN_DB_USER"),
                environment.get("TREMPLIN_DB_PASSWORD"));
        try {
            a.start();
            a.awaitReady(Duration.ofMinutes(4));
            b.start();
            b.awaitReady(Duration.ofMinutes(4));
            EngineClient engine = new EngineClient(nodes, ADMIN, ADMIN_PASSWORD);
            Faults faults = new Faults(nodes, database, engine, mail, ADMIN, ADMIN_PASSWORD);
            List<Phase> phases = List.of(
                    new Phase("no fault (reference)", () -> 0),
                    new Phase("kill -9 of the node holding job locks", faults::killNodeHoldingJobLocks),
                    new Phase("PostgreSQL restart", faults::restartDatabase),
                    new Phase("PostgreSQL down for 60 s", () -> faults.stopDatabase(Duration.ofSeconds(60))),
                    new Phase(
                            "learning platform down past the retries, incidents retried in the cockpit",
                            () -> faults.platformDown(Duration.ofSeconds(40))),
                    new Phase(
                            "SMTP down for 30 s (until a message is refused), then back",
                            () -> faults.mailDown(Duration.ofSeconds(30))));
            String only = System.getProperty("faults.only", ""); // development: -Dfaults.only=0,1
            int next = 0;
            for (int index = 0; index < phases.size(); index++) {
                Phase phase = phases.get(index);
                if (!only.isBlank() && !List.of(only.split(",")).contains(Integer.toString(index))) {
                    continue;
                }
                List<String> jobseekers = register(database, phase, next);
                next += jobseekers.size();
                rows.add(run(phase, jobseekers, engine, database, faults, mail));
                print(rows.get(rows.size() - 1));
            }
        } finally {
            a.stop();
            b.stop();
            mail.stop();
        }
        String report = report(began);
        Files.writeString(OUT.resolve("report.md"), report);
        System.out.println(report);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.lost()).as(row.phase() + ": lost").isZero();
            assertThat(row.duplicates().values())
                    .as(row.phase() + ": duplicated")
                    .allMatch(count -> count == 0);
        });
    }

    private Row run(
            Phase phase, List<String> jobseekers, EngineClient engine, Database database, Faults faults, Mail mail)
            throws Exception {
        long began = System.nanoTime();
        int retried = engine.retried.get();
        int lostResponses = engine.lostResponses.get();
        int gaveUp = engine.gaveUp.get();
        int quick = engine.refusedQuickly.get();
        CaseDriver driver = new CaseDriver(engine, database, AGENCY);
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(jobseekers);
        ConcurrentLinkedQueue<String> unfinished = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + CASE_LIMIT.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                for (String jobseeker = queue.poll(); jobseeker != null; jobseeker = queue.poll()) {
                    try {
                        if (!driver.drive(jobseeker, deadline)) {
                            unfinished.add(jobseeker);
                        }
                    } catch (RuntimeException failure) {
                        System.out.println("FAULT RUN client gave up on " + jobseeker + ": " + failure.getMessage());
                        unfinished.add(jobseeker);
                    }
                }
            });
        }
        Thread.sleep(FAULT_AFTER.toMillis());
        System.out.println("FAULT RUN " + phase.name() + ": injecting");
        double recovery = phase.fault().inject();
        List<String> notes = faults.notes();
        clients.shutdown();
        clients.awaitTermination(CASE_LIMIT.toMinutes() + 1, TimeUnit.MINUTES);
        // a client that gave up comes back once, as a user tries again later, and resumes where the case is
        int resumed = unfinished.size();
        List<String> lost = new ArrayList<>();
        for (String jobseeker : unfinished) {
            try {
                if (!driver.drive(
                        jobseeker, System.nanoTime() + Duration.ofMinutes(2).toNanos())) {
                    lost.add(jobseeker);
                }
            } catch (RuntimeException failure) {
                lost.add(jobseeker);
            }
        }
        if (resumed > 0) {
            notes = new ArrayList<>(notes);
            notes.add(resumed + " case(s) resumed by a second client after the first gave up or ran out of time");
        }
        if (!lost.isEmpty()) {
            notes = new ArrayList<>(notes);
            notes.add("not finished: " + String.join(" ", lost));
        }
        notes = new ArrayList<>(notes);
        notes.add(String.format(Locale.ROOT, "phase took %.0f s", (System.nanoTime() - began) / 1e9));
        return new Row(
                phase.name(),
                (int) started(database, jobseekers),
                jobseekers.size() - lost.size(),
                lost.size(),
                Tally.duplicates(database, mail, jobseekers),
                engine.gaveUp.get() - gaveUp,
                engine.retried.get() - retried,
                engine.lostResponses.get() - lostResponses,
                engine.refusedQuickly.get() - quick,
                recovery,
                notes);
    }

    private List<String> register(Database database, Phase phase, int from) {
        List<String> jobseekers = new ArrayList<>();
        String run =
                Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        for (int i = from; i < from + CASES; i++) {
            String id = "FR-" + run + "-" + i;
            database.update(
                    "insert into jobseeker (registration_number, first_name, last_name, agency, languages, email, "
                            + "created_at, updated_at, version, active) values (?, ?, ?, ?, 'FR', ?, localtimestamp, "
                            + "localtimestamp, 0, true)",
                    id,
                    "Fault",
                    "Run " + i,
                    AGENCY,
                    id.toLowerCase(Locale.ROOT) + "@example.lu");
            jobseekers.add(id);
            phaseOf.put(id, phase.name());
        }
        return jobseekers;
    }

    private static long started(Database database, List<String> jobseekers) {
        return jobseekers.stream()
                .filter(id -> database.count(
                                "select count(*) from act_hi_procinst where proc_def_key_ = 'onboarding' "
                                        + "and business_key_ = ?",
                                id)
                        > 0)
                .count();
    }

    private static void print(Row row) {
        System.out.printf(
                Locale.ROOT,
                "FAULT RUN | %s | started %d | finished %d | lost %d | duplicated %s | client errors %d | recovery %.1f s | %s%n",
                row.phase(),
                row.started(),
                row.finished(),
                row.lost(),
                row.duplicates(),
                row.clientErrors(),
                row.recovery(),
                String.join("; ", row.notes()));
    }

    private String report(Instant began) {
        StringBuilder out = new StringBuilder();
        Duration took = Duration.between(began, Instant.now());
        out.append("# Fault run ").append(Instant.now()).append("\n\n");
        out.append(String.format(
                Locale.ROOT,
                "Two nodes (production jar), one PostgreSQL database, %d cases per phase driven by %d clients; "
                        + "%d min %d s.%n%n",
                CASES,
                CLIENTS,
                took.toMinutes(),
                took.toSecondsPart()));
        out.append("| fault | cases started | finished | lost | duplicated side effects | client errors | "
                + "requests retried (of which quick 503) | responses lost and resent | time to recover | notes |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row row : rows) {
            long duplicated = row.duplicates().values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %d %s | %d | %d (%d) | %d | %s | %s |%n",
                    row.phase(),
                    row.started(),
                    row.finished(),
                    row.lost(),
                    duplicated,
                    row.duplicates(),
                    row.clientErrors(),
                    row.retried(),
                    row.quick503(),
                    row.lostResponses(),
                    Double.isInfinite(row.recovery())
                            ? "not within 5 min"
                            : String.format(Locale.ROOT, "%.1f s", row.recovery()),
                    String.join("; ", row.notes())));
        }
        return out.toString();
    }

    private static DynamicPropertyRegistry registry(Map<String, String> environment) {
        return new DynamicPropertyRegistry() {
            @Override
            public void add(String name, Supplier<Object> value) {
                environment.put(name, String.valueOf(value.get()));
            }
        };
    }

    static {
        try {
            Class.forName("org.postgresql.Driver");
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
