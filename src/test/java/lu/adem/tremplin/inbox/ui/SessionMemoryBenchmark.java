package lu.adem.tremplin.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.Figure;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.VaadinUi;
import lu.adem.tremplin.support.WebSession;

/**
 * Benchmark, not a test: the server heap that one signed-in counsellor with the inbox open costs, measured
 * with 100 such sessions on PostgreSQL. Run: {@code tools/benchmarks.sh -o -Dtest=SessionMemoryBenchmark}.
 * <p>
 * Data: the demo data set (200 jobseekers over the six agencies) with one onboarding case each, so every
 * agency's inbox holds a few dozen tasks; 210 counsellor accounts of the benchmark's own (groups
 * {@code counsellor} and one agency, round robin over the agencies).
 * <p>
 * Each session signs in through the login form over HTTP as a browser does ({@code POST /login}; the form
 * carries no CSRF token, Vaadin exempts it), loads {@code /inbox} (the bootstrap page) and then asks for
 * the view as Vaadin's client does ({@link VaadinUi}: {@code /?v-r=init&location=inbox}, then the
 * {@code ui-navigate} event): the server builds the UI with {@link InboxView} and sends its components. The benchmark checks in Tomcat's session manager that every
 * session holds a {@link VaadinSession} with one UI showing the inbox.
 * <p>
 * Heap: used heap after a full collection (System.gc() four times, the lowest reading of three), before and
 * after 100 sessions with the inbox open → bytes per session. Reference in the same run: 100 signed-in
 * sessions that never open a view (the login only: Spring Security's context, no Vaadin UI), measured the
 * same way. Ten sessions with the inbox open come first and stay, so classes, Vaadin's per-route caches and
 * the engine's caches are loaded before the baseline. Second number: the serialized size of one session's
 * attributes (what a session store would hold), when they serialize.
 * <p>
 * Vaadin runs in development mode here (the tests' classpath) with its component tracker off, as production mode
 * has it: the tracker alone costs about 2.5 MB per session with the inbox open.
 * <p>
 * Target: ≤ 2 MB per session: 200 counsellors on one node fit in 400 MB of heap next to the engine's
 * caches, and a node started with 1 GB keeps half of it for requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class SessionMemoryBenchmark {

    static final String PREFIX = "tremplin_bench_mem_";
    static final int SESSIONS = Math.max(10, (int) Math.round(100 * scale()));
    static final int WARM_UP = 10;
    static final String PASSWORD = "bench-password";
    static final long TARGET_BYTES = 2L * 1024 * 1024;

    @Autowired
    IdentityService identityService;

    @Autowired
    Onboarding onboarding;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ServletWebServerApplicationContext server;

    @LocalServerPort
    int port;

    /** Length of the inbox's first UIDL answer (Vaadin keeps the last answer of each UI to resend it). */
    private int uidlLength;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshApplication(PREFIX, "memory-bench", registry);
        registry.add("tremplin.demo.enabled", () -> "true");
        // Tests run Vaadin in development mode, whose component tracker keeps the creation and attach stack
        // locations of every component for the dev tools: 2.5 MB of the 3.1 MB per session measured with it.
        // Production mode never tracks; off here, the figure is the production one.
        registry.add("vaadin.devmode.componentTracker.enabled", () -> "false");
    }

    @Test
    void heapPerCounsellorSessionWithTheInboxOpen() throws Exception {
        long began = System.nanoTime();
        seedCases();
        int accounts = WARM_UP + 2 * SESSIONS;
        createCounsellors(accounts);
        int tasks = jdbc.sql("select count(*) from act_ru_task")
                .query(Integer.class)
                .single();
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK session memory: %d open tasks, %d counsellor accounts, heap max %,d MB%n",
                tasks,
                accounts,
                Runtime.getRuntime().maxMemory() >> 20);

        int next = 0;
        for (int i = 0; i < WARM_UP; i++) {
            withInbox(user(next++));
        }
        long baseline = usedHeapAfterGc();
        long signInMillis = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            signedIn(user(next++));
        }
        signInMillis = (System.nanoTime() - signInMillis) / 1_000_000;
        long afterSignedIn = usedHeapAfterGc();
        Map<String, Long> before = histogram();
        long inboxMillis = System.nanoTime();
        for (int i = 0; i < SESSIONS; i++) {
            withInbox(user(next++));
        }
        inboxMillis = (System.nanoTime() - inboxMillis) / 1_000_000;
        long afterInbox = usedHeapAfterGc();
        printGrowth(before, histogram());

        Sessions sessions = sessions();
        assertThat(sessions.total).isGreaterThanOrEqualTo(WARM_UP + 2 * SESSIONS);
        assertThat(sessions.inboxUis)
                .as("sessions whose one UI shows the inbox")
                .isEqualTo(WARM_UP + SESSIONS);

        double perSession = (afterInbox - afterSignedIn) / (double) SESSIONS;
        double perSignedIn = (afterSignedIn - baseline) / (double) SESSIONS;
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK session memory: used heap after GC %,d → %,d (+%d signed-in) → %,d bytes (+%d with the"
                        + " inbox); sign-in %d ms, inbox open %d ms per %d sessions%n",
                baseline,
                afterSignedIn,
                SESSIONS,
                afterInbox,
                SESSIONS,
                signInMillis,
                inboxMillis,
                SESSIONS);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK session memory: serialized session attributes, median: with the inbox %s, signed-in only"
                        + " %s; the inbox's first UIDL answer %,d characters%n",
                sessions.serializedInbox,
                sessions.serializedSignedIn,
                uidlLength);
        new Figure(
                        "heap per signed-in counsellor session with the inbox open, " + SESSIONS + " sessions",
                        kb(perSession) + " per session (serialized " + sessions.serializedInbox + ")",
                        "≤ 2 MB per session (200 counsellors per node in 400 MB)",
                        kb(perSignedIn) + " per signed-in session without a UI",
                        Figure.ratio(perSession / Math.max(1, perSignedIn)),
                        perSession <= TARGET_BYTES)
                .print();
        System.out.printf(
                Locale.ROOT, "BENCHMARK session memory: run took %d s%n", (System.nanoTime() - began) / 1_000_000_000);
    }

    private static String user(int index) {
        return "benchcounsellor" + index;
    }

    /** One onboarding per demo jobseeker: a few dozen open tasks per agency. */
    private void seedCases() {
        List<String[]> people = jdbc.sql("select registration_number, agency from jobseeker")
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        for (String[] person : people) {
            if (!onboarding.isRunningFor(person[0])) {
                onboarding.proposeProgramme(person[0], Agency.byCode(person[1]).orElseThrow());
            }
        }
    }

    private void createCounsellors(int count) {
        Agency[] agencies = Agency.values();
        for (int i = 0; i < count; i++) {
            User user = identityService.newUser(user(i));
            user.setFirstName("Bench");
            user.setLastName("Counsellor " + i);
            user.setEmail(user(i) + "@tremplin.example.lu");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(user(i), "counsellor");
            identityService.createMembership(user(i), agencies[i % agencies.length].groupId());
        }
    }

    private WebSession signedIn(String user) {
        return WebSession.signedIn(port, user, PASSWORD);
    }

    /** Signs in, loads the inbox's bootstrap page and asks for the UI as Vaadin's client does. */
    private WebSession withInbox(String user) {
        WebSession session = signedIn(user);
        HttpResponse<String> page = session.get("/inbox");
        assertThat(page.statusCode()).as("bootstrap page").isEqualTo(200);
        String uidl = VaadinUi.open(session, "inbox");
        assertThat(uidl).as("the inbox's components").contains("vaadin-grid");
        uidlLength = uidl.length();
        return session;
    }

    static long usedHeapAfterGc() throws InterruptedException {
        long lowest = Long.MAX_VALUE;
        for (int reading = 0; reading < 3; reading++) {
            for (int i = 0; i < 4; i++) {
                System.gc();
                Thread.sleep(150);
            }
            lowest = Math.min(
                    lowest,
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return lowest;
    }

    /** Live bytes per class ({@code GC.class_histogram}, which collects first). */
    static Map<String, Long> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {null},
                        new String[] {String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 4 && columns[0].endsWith(":")) {
                bytes.merge(columns[3], Long.parseLong(columns[2]), Long::sum);
            }
        }
        return bytes;
    }

    /** The classes whose live bytes grew most with the sessions that opened the inbox. */
    static void printGrowth(Map<String, Long> before, Map<String, Long> after) {
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(15)
                .forEach(e -> System.out.printf(
                        Locale.ROOT,
                        "BENCHMARK session memory: grown with the inbox sessions: %,12d bytes %s%n",
                        e.getValue(),
                        e.getKey()));
    }

    record Sessions(int total, int inboxUis, String serializedInbox, String serializedSignedIn) {}

    /** Tremplin's HTTP sessions in Tomcat's manager: how many show the inbox, and their serialized size. */
    private Sessions sessions() {
        Context context = null;
        for (Container child :
                ((TomcatWebServer) server.getWebServer()).getTomcat().getHost().findChildren()) {
            context = (Context) child;
        }
        Session[] all = context.getManager().findSessions();
        int inbox = 0;
        List<Integer> inboxSizes = new ArrayList<>();
        List<Integer> signedInSizes = new ArrayList<>();
        String failure = null;
        for (Session session : all) {
            var http = session.getSession();
            boolean withUi = false;
            for (String name : Collections.list(http.getAttributeNames())) {
                if (http.getAttribute(name) instanceof VaadinSession vaadin) {
                    vaadin.lock();
                    try {
                        for (UI ui : vaadin.getUIs()) {
                            withUi |= ui.getInternals().getActiveRouterTargetsChain().stream()
                                    .anyMatch(InboxView.class::isInstance);
                        }
                    } finally {
                        vaadin.unlock();
                    }
                }
            }
            inbox += withUi ? 1 : 0;
            try {
                (withUi ? inboxSizes : signedInSizes).add(serializedSize(http));
            } catch (IOException | RuntimeException e) {
                failure = "does not serialize (" + e + ")";
            }
        }
        return new Sessions(
                all.length,
                inbox,
                failure != null && inboxSizes.isEmpty() ? failure : median(inboxSizes),
                median(signedInSizes));
    }

    private static int serializedSize(jakarta.servlet.http.HttpSession http) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            for (String name : Collections.list(http.getAttributeNames())) {
                Object value = http.getAttribute(name);
                out.writeObject(name);
                out.writeObject(value instanceof Serializable ? value : String.valueOf(value));
            }
        }
        return bytes.size();
    }

    private static String median(List<Integer> sizes) {
        if (sizes.isEmpty()) {
            return "—";
        }
        int[] sorted = sizes.stream().mapToInt(Integer::intValue).sorted().toArray();
        return kb(sorted[sorted.length / 2]) + " (" + sizes.size() + " sessions)";
    }

    private static String kb(double bytes) {
        return String.format(
                Locale.ROOT,
                bytes >= 1024 * 1024 ? "%.2f MB" : "%.0f kB",
                bytes >= 1024 * 1024 ? bytes / 1024 / 1024 : bytes / 1024);
    }

    private static double scale() {
        return Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    }
}
