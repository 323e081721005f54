package lu.adem.tremplin.learningplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import lu.adem.tremplin.learningplatform.LearningPlatform.AccountStatus;
import lu.adem.tremplin.learningplatform.LearningPlatform.Member;
import lu.adem.tremplin.learningplatform.http.HttpLearningPlatform;

/** The HTTP adapter against a scripted partner API on the loopback interface. */
class HttpLearningPlatformTests {

    HttpServer server;
    HttpLearningPlatform platform;
    final List<String> received = new CopyOnWriteArrayList<>();
    volatile int status = 200;
    volatile String body = "{}";
    volatile long delayMillis;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api", this::answer);
        server.start();
        platform = new HttpLearningPlatform(
                new LearningPlatformSettings(
                        "http",
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/"),
                        "secret-token",
                        Duration.ofSeconds(2),
                        Duration.ofMillis(500),
                        Map.of(),
                        null),
                meters);
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private long calls(String operation, String outcome) {
        var timer = meters.find("tremplin.platform.calls")
                .tags("operation", operation, "outcome", outcome, "mode", "http")
                .timer();
        return timer == null ? 0 : timer.count();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                + exchange.getRequestHeaders().getFirst("Authorization") + " " + requestBody);
        try {
            Thread.sleep(delayMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static Member member() {
        return new Member("DE-2026-004211", "elena.faber@example.lu", "fr", "adem-luxembourg");
    }

    @Test
    void shouldInviteIntoTheAgencysTeamWithOnlyWhatThePlatformNeeds() {
        status = 201;
        body = "{\"externalId\":\"DE-2026-004211\",\"status\":\"INVITED\"}";

        assertThat(platform.invite(member()).status()).isEqualTo(AccountStatus.INVITED);

        assertThat(received)
                .containsExactly(
                        "POST /api/teams/adem-luxembourg/invitations Bearer secret-token "
                                + "{\"externalId\":\"DE-2026-004211\",\"email\":\"elena.faber@example.lu\",\"language\":\"fr\"}");
    }

    @Test
    void shouldReadAnActivatedAccountAndSomeoneNeverInvited() {
        body = "{\"externalId\":\"DE-2026-004211\",\"status\":\"ACTIVE\",\"lastLogin\":\"2026-11-02\"}";
        assertThat(platform.accountStatus("DE-2026-004211")).isEqualTo(AccountStatus.ACTIVE);

        status = 404;
        body = "";
        assertThat(platform.accountStatus("DE-2026-009999")).isEqualTo(AccountStatus.NOT_INVITED);
        assertThat(calls("status", "success"))
                .as("a 404 is an answer: never invited")
                .isEqualTo(2);
    }

    @Test
    void shouldTreatAServerErrorAsUnavailable() {
        status = 503;
        body = "maintenance";

        assertThatThrownBy(() -> platform.accountStatus("DE-1"))
                .isInstanceOf(PlatformUnavailable.class)
                .hasMessageContaining("HTTP 503");
        assertThat(calls("status", "server_error")).isOne();
    }

    @Test
    void shouldTreatGarbageAsUnavailable() {
        body = "<html>login required</html>";
        assertThatThrownBy(() -> platform.invite(member()))
                .isInstanceOf(PlatformUnavailable.class)
                .hasMessageContaining("Unreadable");

        body = "{\"status\":\"BANNED\"}";
        assertThatThrownBy(() -> platform.accountStatus("DE-1")).isInstanceOf(PlatformUnavailable.class);
    }

    @Test
    void shouldGiveUpAfterTheReadTimeout() {
        delayMillis = 2_000;

        assertThatThrownBy(() -> platform.accountStatus("DE-1"))
                .isInstanceOf(PlatformUnavailable.class)
                .hasMessageContaining("unreachable");
        assertThat(calls("status", "timeout")).isOne();
    }

    @Test
    void shouldTreatARefusedConnectionAsUnavailable() {
        server.stop(0);

        assertThatThrownBy(() -> platform.accountStatus("DE-1")).isInstanceOf(PlatformUnavailable.class);
        assertThat(calls("status", "unreachable")).isOne();
    }

    @Test
    void shouldEnrolInACourse() {
        status = 201;
        body = "{\"externalId\":\"DE-2026-004211\",\"courseId\":\"7168871\"}";

        assertThat(platform.enrol("DE-2026-004211", "7168871").courseId()).isEqualTo("7168871");

        assertThat(received)
                .containsExactly("POST /api/members/DE-2026-004211/enrolments Bearer secret-token "
                        + "{\"courseId\":\"7168871\"}");
    }

    @Test
    void shouldRefuseAnEnrolmentInAnotherCourse() {
        body = "{\"externalId\":\"DE-2026-004211\",\"courseId\":\"1\"}";

        assertThatThrownBy(() -> platform.enrol("DE-2026-004211", "7168871")).isInstanceOf(PlatformUnavailable.class);
    }

    @Test
    void shouldReadProgressCompletionAndCertificate() {
        body = "{\"progress\":100,\"timeSpentMinutes\":380,\"lastActivityAt\":\"2026-11-20T10:00:00Z\","
                + "\"completedAt\":\"2026-11-20T10:00:00Z\",\"certificateAt\":null}";

        var progress = platform.progress("DE-2026-004211", "7168871");

        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.minutesSpent()).isEqualTo(380);
        assertThat(progress.completedAt()).isEqualTo(java.time.Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(progress.certificateAt()).isNull();
        assertThat(received)
                .singleElement()
                .asString()
                .startsWith("GET /api/members/DE-2026-004211/enrolments/7168871");
    }

    @Test
    void shouldTreatAnImpossibleProgressAsAnUnreadableAnswer() {
        body = "{\"progress\":140}";

        assertThatThrownBy(() -> platform.progress("DE-2026-004211", "7168871"))
                .isInstanceOf(PlatformUnavailable.class);
    }
}
