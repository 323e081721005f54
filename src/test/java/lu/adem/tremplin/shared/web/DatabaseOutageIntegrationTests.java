package lu.adem.tremplin.shared.web;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.support.CuttableProxy;
import lu.adem.tremplin.support.LocalPostgres;

/**
 * The production profile on PostgreSQL, reached through a proxy whose line the test cuts (issue 16): a node
 * refuses traffic until its start-up tasks have run; during a database outage readiness answers 503 within
 * seconds and liveness stays UP, the engine REST API and the login answer 503 with a clear message in the
 * caller's language within seconds, not Hikari's default 30 s; once the line is back, so is the node.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageIntegrationTests {

    static final String ADMIN = "ops";
    static final String PASSWORD = "a-long-enough-secret";

    /** What the node answered while its last start-up task ran, by path. */
    static final Map<String, HttpResponse<String>> DURING_START_UP = new ConcurrentHashMap<>();

    static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static CuttableProxy proxy;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void freshDatabaseThroughAProxy(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshApplication("tremplin_outage_", "outage-it", (name, value) -> {
            if (name.equals("TREMPLIN_DB_URL")) {
                String url = (String) value.get();
                try {
                    proxy = CuttableProxy.toJdbcUrl(url);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                registry.add(name, () -> proxy.through(url));
            } else {
                registry.add(name, value);
            }
        });
        registry.add("TREMPLIN_ADMIN_USER", () -> ADMIN);
        registry.add("TREMPLIN_ADMIN_PASSWORD", () -> PASSWORD);
    }

    @TestConfiguration
    static class StartUpProbe {
        /** The last start-up task: what a load balancer and a user see while the node is still starting. */
        @Bean
        @org.springframework.core.annotation.Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner probeWhileStarting(WebServerApplicationContext context) {
            return arguments -> {
                int port = context.getWebServer().getPort();
                for (String path : new String[] {"/actuator/health/readiness", "/actuator/health/liveness", "/login"}) {
                    DURING_START_UP.put(path, send(port, path, "fr", null));
                }
            };
        }
    }

    @AfterAll
    static void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    @Order(1)
    void shouldRefuseTrafficButAnswerLivenessUntilTheStartUpTasksHaveRun() throws Exception {
        assertThat(DURING_START_UP.get("/actuator/health/readiness").statusCode())
                .isEqualTo(503);
        assertThat(DURING_START_UP.get("/actuator/health/liveness").statusCode())
                .isEqualTo(200);
        HttpResponse<String> login = DURING_START_UP.get("/login");
        assertThat(login.statusCode()).isEqualTo(503);
        assertThat(login.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(login.body()).contains("Tremplin démarre");

        assertThat(get("/actuator/health/readiness", "en").statusCode()).isEqualTo(200);
        assertThat(get("/login", "en").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void shouldAnswer503WithinSecondsDuringADatabaseOutageAndRecoverWhenTheDatabaseIsBack() throws Exception {
        assertThat(get("/engine-rest/process-definition/count", "en", ADMIN).statusCode())
                .isEqualTo(200);

        proxy.cut();
        try {
            long start = System.nanoTime();
            HttpResponse<String> readiness = get("/actuator/health/readiness", "en");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(since(start)).isLessThan(Duration.ofMillis(3_500));

            assertThat(get("/actuator/health/liveness", "en").statusCode()).isEqualTo(200);

            start = System.nanoTime();
            HttpResponse<String> engine = get("/engine-rest/process-definition/count", "en", ADMIN);
            assertThat(since(start)).isLessThan(Duration.ofSeconds(6));
            assertThat(engine.statusCode()).isEqualTo(503);
            assertThat(engine.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(engine.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(engine.body())
                    .contains("\"type\":\"DatabaseUnavailable\"")
                    .contains("cannot reach its database");

            // the pool now empty: each request waits the pool's connection timeout (3 s), no longer
            start = System.nanoTime();
            HttpResponse<String> login = login("de");
            assertThat(since(start)).isLessThan(Duration.ofSeconds(6));
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(login.body()).contains("erreicht seine Datenbank gerade nicht");

            start = System.nanoTime();
            engine = get("/engine-rest/task/count", "fr", ADMIN);
            assertThat(since(start)).isLessThan(Duration.ofSeconds(6));
            assertThat(engine.statusCode()).isEqualTo(503);
            assertThat(engine.body())
                    .contains("\"type\":\"DatabaseUnavailable\"")
                    .contains("joindre sa base");

            start = System.nanoTime();
            assertThat(get("/actuator/health/readiness", "en").statusCode()).isEqualTo(503);
            assertThat(since(start)).isLessThan(Duration.ofMillis(3_500));
        } finally {
            proxy.restore();
        }

        long back = System.nanoTime();
        while (get("/actuator/health/readiness", "en").statusCode() != 200) {
            assertThat(since(back)).as("ready again").isLessThan(Duration.ofSeconds(20));
            Thread.sleep(250);
        }
        assertThat(get("/engine-rest/process-definition/count", "fr", ADMIN).statusCode())
                .isEqualTo(200);
        HttpResponse<String> login = login("en");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    private HttpResponse<String> get(String path, String language) throws Exception {
        return send(port, path, language, null);
    }

    private HttpResponse<String> get(String path, String language, String user) throws Exception {
        return send(port, path, language, basic(user, PASSWORD));
    }

    private HttpResponse<String> login(String language) throws Exception {
        String form = "username=" + ADMIN + "&password=" + PASSWORD;
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Accept-Language", language)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> send(int port, String path, String language, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept-Language", language);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
