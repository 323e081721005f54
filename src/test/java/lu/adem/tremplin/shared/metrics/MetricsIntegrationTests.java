package lu.adem.tremplin.shared.metrics;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.WebSession;

/**
 * {@code /actuator/prometheus} as Prometheus and an attacker reach it: only with the scrape token or an
 * administrator's password, the token opening nothing else; Tremplin's metrics, Boot's HTTP, JVM and pool
 * metrics in it; and every metric the Grafana dashboard and the alert rules of docs/ops name is really there.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tremplin.metrics.token=" + MetricsIntegrationTests.TOKEN, "tremplin.metrics.refresh=PT1S"})
@ActiveProfiles("test")
// Spring's tests switch metrics export off unless asked: this one is about the export
@AutoConfigureObservability(tracing = false)
class MetricsIntegrationTests {

    static final String TOKEN = "test-only-scrape-token-0123456789";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    LearningPlatform platform;

    private HttpResponse<String> get(String path, String authorization) {
        WebSession session = WebSession.anonymous(port);
        var request = session.request(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return session.send(request.GET());
    }

    private String scrape() {
        HttpResponse<String> answer = get("/actuator/prometheus", "Bearer " + TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void shouldShowTheMetricsOnlyToTheScraperAndAdministrators() {
        TestData data = new TestData(context);
        String counsellor = data.counsellor(Agency.WILTZ);
        String admin = data.administrator();

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", basic(counsellor, TestData.PASSWORD))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/actuator/prometheus", "Bearer wrong-token-wrong-token-wrong")
                        .statusCode())
                .isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer " + TOKEN.substring(1)).statusCode())
                .isEqualTo(401);
        HttpResponse<String> scraped = get("/actuator/prometheus", "Bearer " + TOKEN);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Set-Cookie"))
                .as("no session for the scraper")
                .isEmpty();
        assertThat(get("/actuator/prometheus", basic(admin, TestData.PASSWORD)).statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldOpenNothingElseWithTheScrapeToken() {
        String bearer = "Bearer " + TOKEN;
        assertThat(get("/actuator/metrics", bearer).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/metrics/jvm.memory.used", bearer).statusCode())
                .isEqualTo(401);
        assertThat(get("/actuator/health", bearer).statusCode())
                .as("open anyway")
                .isEqualTo(200);
        assertThat(get("/actuator/health", bearer).body()).doesNotContain("\"components\"");
        assertThat(get("/engine-rest/engine", bearer).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", bearer).statusCode()).isEqualTo(401);
        assertThat(get("/camunda/api/engine/engine/default/user", bearer).statusCode())
                .isIn(302, 401, 403);
        assertThat(get("/inbox", bearer).statusCode())
                .as("the login page, not the inbox")
                .isIn(200, 302);
        assertThat(get("/inbox", bearer).body()).doesNotContain("inbox-grid");
    }

    @Test
    void shouldCountTasksCasesJobsOutboxAndPlatformCalls() throws Exception {
        TestData data = new TestData(context);
        String before = scrape();
        double startedBefore = value(before, "tremplin_cases_started_total", "process=\"onboarding\"");
        String number = data.proposedCase(Agency.WASSERBILLIG);
        data.asTremplin(() -> platform.invite(new LearningPlatform.Member(number, null, "fr", "adem-wasserbillig")));

        String after = awaitScrape(
                text -> value(text, "tremplin_tasks_open", "agency=\"wasserbillig\"", "process=\"onboarding\"") >= 1);

        assertThat(value(after, "tremplin_cases_started_total", "process=\"onboarding\""))
                .isGreaterThanOrEqualTo(startedBefore + 1);
        assertThat(value(after, "tremplin_engine_events_total", "event=\"activity-instance-start\""))
                .isGreaterThan(0);
        assertThat(value(after, "tremplin_platform_calls_seconds_count", "operation=\"invite\"", "outcome=\"success\""))
                .isGreaterThanOrEqualTo(1);
        assertThat(after)
                .contains("tremplin_tasks_overdue{")
                .contains("tremplin_jobs_due{")
                .contains("tremplin_outbox_messages{")
                .contains("http_server_requests_seconds_bucket{")
                .contains("jvm_memory_used_bytes{")
                .contains("hikaricp_connections_active{");
        assertThat(labelValues(after, "tremplin_tasks_open", "agency"))
                .as("agencies, never people")
                .allMatch(agency -> agency.equals("-")
                        || Set.of(Agency.values()).stream()
                                .anyMatch(known -> known.code().equals(agency)));
        assertThat(after).doesNotContain(number);
    }

    @Test
    void shouldExposeEveryMetricTheDashboardAndTheAlertsName() throws Exception {
        // a case with an incident, a case ended and a platform call first, so that every family has a series
        TestData data = new TestData(context);
        String number = data.proposedCase(Agency.DIFFERDANGE);
        String ended = data.proposedCase(Agency.DIFFERDANGE);
        RuntimeService runtime = context.getBean(RuntimeService.class);
        data.asTremplin(() -> {
            platform.invite(new LearningPlatform.Member(number, null, "fr", "adem-differdange"));
            var instance = runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(number)
                    .singleResult();
            runtime.createIncident("metricsTest", instance.getId(), "test", "an incident for the dashboard's panel");
            runtime.deleteProcessInstance(
                    runtime.createProcessInstanceQuery()
                            .processInstanceBusinessKey(ended)
                            .singleResult()
                            .getId(),
                    "metrics test");
            return null;
        });
        String scraped = awaitScrape(text ->
                text.contains("tremplin_platform_calls_seconds_bucket{") && text.contains("tremplin_incidents_open{"));
        Set<String> exposed = new TreeSet<>();
        Matcher sample = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]").matcher(scraped);
        while (sample.find()) {
            exposed.add(sample.group(1));
        }

        for (String file : new String[] {"docs/ops/grafana-tremplin.json", "docs/ops/prometheus-alerts.yml"}) {
            Set<String> named = MetricNames.in(Files.readString(Path.of(file)));
            assertThat(named).as("metrics named in %s", file).isNotEmpty();
            assertThat(exposed).as("what %s names", file).containsAll(named);
        }
    }

    private String awaitScrape(java.util.function.Predicate<String> ready) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String text = scrape();
        while (!ready.test(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            text = scrape();
        }
        assertThat(ready.test(text)).as("the gauges counted within 30 s").isTrue();
        return text;
    }

    /** The sum of a family's samples whose labels include all of these. */
    static double value(String scraped, String family, String... labels) {
        double sum = 0;
        for (String line : scraped.split("\n")) {
            if (!line.startsWith(family + "{") && !line.startsWith(family + " ")) {
                continue;
            }
            boolean all = true;
            for (String label : labels) {
                all &= line.contains(label);
            }
            if (all) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static Set<String> labelValues(String scraped, String family, String label) {
        Set<String> values = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?m)^" + family + "\\{[^}]*" + label + "=\"([^\"]*)\"")
                .matcher(scraped);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
