package lu.adem.tremplin.faults;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The faults the run injects, each measuring its own time to recover: from the moment the fault ends (the node
 * is dead, the database answers again, the partner or the mail server is back) until Tremplin does again what the
 * fault stopped.
 */
final class Faults {

    static final Duration LIMIT = Duration.ofMinutes(5);

    private final List<Node> nodes;
    private final Database database;
    private final EngineClient engine;
    private final Mail mail;
    private final String admin;
    private final String adminPassword;
    private final List<String> notes = new ArrayList<>();

    Faults(List<Node> nodes, Database database, EngineClient engine, Mail mail, String admin, String adminPassword) {
        this.nodes = nodes;
        this.database = database;
        this.engine = engine;
        this.mail = mail;
        this.admin = admin;
        this.adminPassword = adminPassword;
    }

    /** What the last fault observed besides its recovery time, for the report. */
    List<String> notes() {
        List<String> copy = List.copyOf(notes);
        notes.clear();
        return copy;
    }

    /**
     * {@code kill -9} of a node while it holds job locks; recovery: from the kill until every job it left locked
     * is run or locked by the other node. A node that happened to leave no lock behind is started again and
     * killed again (at most five times). The dead node is then started again (not counted).
     */
    double killNodeHoldingJobLocks() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            Node victim = nodeHoldingLocks();
            victim.kill();
            long killed = System.nanoTime();
            List<String> left = lockedBy(victim);
            if (left.isEmpty()) {
                notes.add("killed node " + victim.name + ", which left no job locked: started again, killed again");
                restart(victim);
                continue;
            }
            notes.add("killed node " + victim.name + ", which left " + left.size() + " job(s) locked");
            double recovery = until(
                    () -> {
                        for (String job : left) {
                            if (database.count(
                                            "select count(*) from act_ru_job where id_ = ? and lock_owner_ = ?",
                                            job,
                                            victim.name)
                                    > 0) {
                                return false;
                            }
                        }
                        return true;
                    },
                    killed);
            restart(victim);
            return recovery;
        }
        throw new IllegalStateException("Five killed nodes left no job locked");
    }

    private Node nodeHoldingLocks() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < until) {
            for (Node node : nodes) {
                if (!lockedBy(node).isEmpty()) {
                    return node;
                }
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("No node held a job lock for 90 s: nothing to kill");
    }

    private List<String> lockedBy(Node node) {
        return database.query("select id_ from act_ru_job where lock_owner_ = ?", node.name).stream()
                .map(row -> (String) row.get("id_"))
                .toList();
    }

    private void restart(Node node) throws Exception {
        long restarted = System.nanoTime();
        node.start();
        node.awaitReady(Duration.ofMinutes(3));
        notes.add(String.format(
                java.util.Locale.ROOT,
                "node %s started again, ready in %.1f s",
                node.name,
                (System.nanoTime() - restarted) / 1e9));
    }

    /** PostgreSQL restarted (fast shutdown, start); recovery from its start until both nodes serve again. */
    double restartDatabase() throws Exception {
        postgres("restart");
        return untilServing(System.nanoTime());
    }

    /**
     * PostgreSQL stopped for {@code outage}; meanwhile the nodes' readiness and the engine API are probed for how
     * fast they answer; recovery from its start until both nodes serve again.
     */
    double stopDatabase(Duration outage) throws Exception {
        postgres("stop");
        long stopped = System.nanoTime();
        long slowest = 0;
        int probes = 0;
        int notReady = 0;
        while (System.nanoTime() - stopped < outage.toNanos()) {
            for (Node node : nodes) {
                long asked = System.nanoTime();
                int status = node.readiness();
                slowest = Math.max(slowest, System.nanoTime() - asked);
                probes++;
                notReady += status == 200 ? 0 : 1;
            }
            Thread.sleep(2_000);
        }
        notes.add(String.format(
                java.util.Locale.ROOT,
                "during the outage: %d of %d readiness probes not ready, slowest answer %.1f s",
                notReady,
                probes,
                slowest / 1e9));
        postgres("start");
        return untilServing(System.nanoTime());
    }

    /**
     * The learning platform (simulator, shared by the nodes through the database) down for {@code outage}: the
     * invitations and checks fail; time runs fast for their retries (failed jobs' due dates are brought forward)
     * until each is an incident. The platform comes back and an administrator retries the incidents from
     * Tremplin's cockpit; recovery from that click until no incident and no failing job is left.
     */
    double platformDown(Duration outage) throws Exception {
        database.update("update platform_simulator_state set down = true");
        long down = System.nanoTime();
        while (System.nanoTime() - down < outage.toNanos() || failingWithRetriesLeft() > 0) {
            bringFailedJobsForward();
            Thread.sleep(1_000);
        }
        long incidents = engine.get("/incident/count").body().path("count").asLong();
        notes.add("incidents raised while the platform was down: " + incidents);
        database.update("update platform_simulator_state set down = false");
        long retried = System.nanoTime();
        long listed = incidents == 0 ? 0 : CockpitRetry.retryAll(nodes.get(0), admin, adminPassword);
        notes.add("incidents retried from the cockpit (Chromium, select all, Retry selected): " + listed);
        return until(
                () -> engine.get("/incident/count").body().path("count").asLong() == 0
                        && engine.get("/job/count?withException=true")
                                        .body()
                                        .path("count")
                                        .asLong()
                                == 0,
                retried);
    }

    /**
     * The SMTP server down for at least {@code outage} and until it has refused a message (at most three
     * minutes); recovery from its restart until the outbox holds no message waiting for another attempt.
     */
    double mailDown(Duration outage) throws Exception {
        mail.stop();
        long down = System.nanoTime();
        String refused = "select count(*) from outbox_message where attempts > 0 and status <> 'SENT'";
        while (System.nanoTime() - down < outage.toNanos()
                || (database.count(refused) == 0
                        && System.nanoTime() - down < Duration.ofMinutes(3).toNanos())) {
            Thread.sleep(1_000);
        }
        notes.add("messages refused while SMTP was down: " + database.count(refused));
        mail.start();
        long back = System.nanoTime();
        return until(
                () -> database.count("select count(*) from outbox_message where status in ('PENDING', 'SENDING') "
                                + "and attempts > 0")
                        == 0,
                back);
    }

    private long failingWithRetriesLeft() {
        return engine.get("/job/count?withException=true&withRetriesLeft=true")
                .body()
                .path("count")
                .asLong();
    }

    private void bringFailedJobsForward() {
        JsonNode jobs = engine.get("/job?withException=true&withRetriesLeft=true&maxResults=500")
                .body();
        for (JsonNode job : jobs) {
            String now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                    .minusSeconds(1)
                    .format(CaseDriver.ENGINE_DATE);
            engine.put("/job/" + job.path("id").asText() + "/duedate", Map.of("duedate", now));
        }
    }

    /** Until both nodes are ready and answer the engine API. */
    private double untilServing(long from) throws Exception {
        return until(() -> nodes.stream().allMatch(node -> node.readiness() == 200 && answersEngineApi(node)), from);
    }

    private boolean answersEngineApi(Node node) {
        try {
            var http = java.net.http.HttpClient.newHttpClient();
            var request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(node.url() + "/engine-rest/process-definition/count"))
                    .timeout(Duration.ofSeconds(5))
                    .header(
                            "Authorization",
                            "Basic "
                                    + java.util.Base64.getEncoder()
                                            .encodeToString((admin + ":" + adminPassword).getBytes()))
                    .build();
            return http.send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Seconds from {@code from} until the condition holds (polled every 250 ms), or fails after {@link #LIMIT}. */
    static double until(BooleanSupplier condition, long from) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - from > LIMIT.toNanos()) {
                return Double.POSITIVE_INFINITY;
            }
            Thread.sleep(250);
        }
        return (System.nanoTime() - from) / 1e9;
    }

    /** The fault run's own PostgreSQL cluster (tools/fault-run.sh), never the machine's main one. */
    private static void postgres(String action) throws IOException, InterruptedException {
        String version = new String(new ProcessBuilder("bash", "-c", "ls /etc/postgresql | head -1")
                        .start()
                        .getInputStream()
                        .readAllBytes())
                .trim();
        String cluster = System.getenv().getOrDefault("TREMPLIN_FAULTS_PG_CLUSTER", "faults");
        List<String> command =
                new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, cluster, action));
        if (!"start".equals(action)) {
            command.addAll(List.of("--", "-m", "fast")); // end the sessions at once, as a crash would
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pg_ctlcluster " + action + " of " + cluster + " failed");
        }
    }
}
