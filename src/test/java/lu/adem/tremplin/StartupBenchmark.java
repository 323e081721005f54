package lu.adem.tremplin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;

import lu.adem.tremplin.support.Figure;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.VaadinUi;
import lu.adem.tremplin.support.WebSession;

/**
 * Benchmark, not a test: start-up of the production jar ({@code java -jar}, as an operator starts it) until
 * the login page answers, on a fresh database. Run: {@code tools/benchmarks.sh -o -Dtest=StartupBenchmark}
 * (the script builds the jar with {@code -Pproduction} first and keeps it as {@code target/benchmarks/tremplin.jar};
 * another jar through {@code -Dbenchmark.jar=…}). Without the jar, the benchmark says so and measures nothing.
 * <p>
 * Each launch: a JVM of its own with the jar's defaults (no -Xmx: the JVM's ergonomics, a quarter of the
 * machine's memory), on a free port, on a fresh database: a PostgreSQL database of its own (profile
 * {@code postgres}, as in production) or the embedded default H2 in an empty working directory (demo accounts
 * and cases). Measured from the process start until {@code GET /login} answers 200 with Vaadin's bootstrap page
 * <i>and</i> the login view, asked for as Vaadin's client does ({@link VaadinUi}), answers with the login form
 * ({@code vaadin-login-form}): the page a user sees first, fully served. Then the process's resident memory
 * (VmRSS) is read, and the process is stopped (SIGTERM, graceful shutdown).
 * <p>
 * Three launches on PostgreSQL (median; one with {@code benchmark.scale} &lt; 0.5), one on H2. Target: &lt; 30 s to the
 * login page on PostgreSQL on 2 cores: a rolling restart of two nodes then takes about a minute, and a node that
 * the platform restarts after a crash is back before counsellors give up. The reference in the same run: the same
 * jar on the embedded H2.
 */
class StartupBenchmark {

    static final Path JAR = Path.of(System.getProperty("benchmark.jar", "target/benchmarks/tremplin.jar"));
    static final int LAUNCHES = scale() < 0.5 ? 1 : 3;
    /** Launches on H2, the reference: one is enough to show the database's share. */
    static final int H2_LAUNCHES = 1;

    static final Duration LIMIT = Duration.ofSeconds(180);
    static final double TARGET_SECONDS = 30;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    record Launch(double seconds, long rssKb, double cpuSeconds) {}

    @Test
    void productionJarToTheLoginPage() throws Exception {
        if (!Files.isRegularFile(JAR)) {
            System.out.println("BENCHMARK startup: SKIPPED, no production jar at " + JAR.toAbsolutePath()
                    + " (tools/benchmarks.sh builds it with ./mvnw -Pproduction package; or -Dbenchmark.jar=…)");
            Figure.of(
                            "start-up of the production jar to the login page (PostgreSQL)",
                            "not measured: no production jar",
                            "< 30 s on 2 cores",
                            false)
                    .print();
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK startup: jar %s (%,d MB), %d launches on PostgreSQL, %d on H2, %d cores%n",
                JAR,
                Files.size(JAR) >> 20,
                LAUNCHES,
                H2_LAUNCHES,
                Runtime.getRuntime().availableProcessors());
        List<Launch> postgres = new ArrayList<>();
        List<Launch> h2 = new ArrayList<>();
        for (int i = 0; i < LAUNCHES; i++) {
            postgres.add(launch(postgresEnvironment(), Files.createTempDirectory("tremplin-startup-pg")));
        }
        for (int i = 0; i < H2_LAUNCHES; i++) {
            h2.add(launch(Map.of(), Files.createTempDirectory("tremplin-startup-h2")));
        }
        double pg = median(postgres.stream().mapToDouble(Launch::seconds).toArray());
        double embedded = median(h2.stream().mapToDouble(Launch::seconds).toArray());
        double pgCpu = median(postgres.stream().mapToDouble(Launch::cpuSeconds).toArray());
        long pgRss = (long) median(postgres.stream().mapToDouble(Launch::rssKb).toArray());
        long h2Rss = (long) median(h2.stream().mapToDouble(Launch::rssKb).toArray());
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK startup: PostgreSQL %s s (RSS %s MB), H2 %s s (RSS %s MB)%n",
                Arrays.toString(postgres.stream().mapToDouble(Launch::seconds).toArray()),
                Arrays.toString(
                        postgres.stream().mapToLong(l -> l.rssKb() >> 10).toArray()),
                Arrays.toString(h2.stream().mapToDouble(Launch::seconds).toArray()),
                Arrays.toString(h2.stream().mapToLong(l -> l.rssKb() >> 10).toArray()));
        new Figure(
                        "start-up of the production jar to the login page, fresh PostgreSQL database",
                        String.format(
                                Locale.ROOT,
                                "median %.1f s (%d launches; CPU %.0f s), RSS after start %d MB",
                                pg,
                                LAUNCHES,
                                pgCpu,
                                pgRss >> 10),
                        "< 30 s on 2 cores",
                        String.format(
                                Locale.ROOT,
                                "embedded H2, fresh (%d launch): %.1f s, RSS %d MB",
                                H2_LAUNCHES,
                                embedded,
                                h2Rss >> 10),
                        Figure.ratio(pg / embedded),
                        pg < TARGET_SECONDS)
                .print();
    }

    private Map<String, String> postgresEnvironment() throws Exception {
        Map<String, String> environment = new HashMap<>();
        LocalPostgres.freshDatabase("tremplin_bench_start_", new DynamicPropertyRegistry() {
            @Override
            public void add(String name, Supplier<Object> value) {
                environment.put(name, String.valueOf(value.get()));
            }
        });
        environment.put("SPRING_PROFILES_ACTIVE", "postgres");
        environment.put("TREMPLIN_PLATFORM_MODE", "simulator");
        environment.put("TREMPLIN_PUBLIC_URL", "https://tremplin.example.lu");
        return environment;
    }

    /** Starts the jar, waits for the login page, reads the RSS, stops it. */
    private Launch launch(Map<String, String> environment, Path workingDirectory) throws Exception {
        int port = freePort();
        Path log = workingDirectory.resolve("tremplin.log");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "--server.port=" + port)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            long deadline = started + LIMIT.toNanos();
            while (!loginPageServed(port)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError("No login page on port " + port + " (process "
                            + (process.isAlive() ? "still starting" : "exited " + process.exitValue())
                            + "); last lines of " + log + ":\n" + tail(log));
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long rss = rssKb(process.pid());
            double cpu = cpuSeconds(process.pid());
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK startup: %s to the login page in %.1f s (CPU %.1f s, load %s), RSS %d MB; Spring says: %s%n",
                    environment.isEmpty() ? "H2" : "PostgreSQL",
                    seconds,
                    cpu,
                    Files.readString(Path.of("/proc/loadavg")).split(" ")[0],
                    rss >> 10,
                    startedLine(log));
            return new Launch(seconds, rss, cpu);
        } finally {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private boolean loginPageServed(int port) throws InterruptedException {
        try {
            HttpResponse<String> page = get(port, "/login");
            if (page.statusCode() != 200 || !page.body().contains("window.Vaadin")) {
                return false;
            }
        } catch (IOException notYet) {
            return false;
        }
        // what the browser asks for next: the login view itself, with its form
        assertThat(VaadinUi.open(WebSession.anonymous(port), "login")).contains("vaadin-login-form");
        return true;
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /**
     * User and system CPU time the process used so far: on a machine that others share, the wall time to the
     * login page depends on their load, this hardly.
     */
    private static double cpuSeconds(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the name: state is field 3, utime 14 and stime 15 (proc(5)), in clock ticks of 1/100 s
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static String startedLine(Path log) throws IOException {
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains("Started TremplinApplication"))
                .map(line -> line.substring(line.indexOf("Started")))
                .findFirst()
                .orElse("—");
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double scale() {
        return Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    }
}
