package lu.adem.tremplin.learningplatform.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.micrometer.core.instrument.MeterRegistry;

import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.learningplatform.LearningPlatformSettings;
import lu.adem.tremplin.learningplatform.PlatformCalls;
import lu.adem.tremplin.learningplatform.PlatformUnavailable;

/**
 * The partner API over HTTPS with a bearer token (README, "Learning platform"):
 * {@code POST {base}/teams/{team}/invitations} with {@code {"externalId","email","language"}} answers
 * {@code {"externalId","status"}}; {@code GET {base}/members/{externalId}} answers the same, or 404 for
 * someone never invited. Anything else (timeouts, 5xx, unreadable bodies, unknown statuses) is
 * {@link PlatformUnavailable}.
 */
@Component
@ConditionalOnProperty(name = "tremplin.learning-platform.mode", havingValue = "http")
public class HttpLearningPlatform implements LearningPlatform {

    private static final Logger log = LoggerFactory.getLogger(HttpLearningPlatform.class);

    private final LearningPlatformSettings settings;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final PlatformCalls calls;

    public HttpLearningPlatform(LearningPlatformSettings settings, MeterRegistry registry) {
        if (settings.baseUrl() == null) {
            throw new IllegalStateException("tremplin.learning-platform.base-url is required in http mode");
        }
        this.settings = settings;
        this.calls = new PlatformCalls(registry, "http");
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    @Override
    public Invitation invite(Member member) {
        ObjectNode body = json.createObjectNode()
                .put("externalId", member.externalId())
                .put("email", member.email())
                .put("language", member.language());
        HttpRequest request = request("/teams/" + encode(member.team()) + "/invitations")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = send("invite", request);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw unavailable(request, response);
        }
        return new Invitation(member.externalId(), status(request, response));
    }

    @Override
    public AccountStatus accountStatus(String externalId) {
        HttpRequest request = request("/members/" + encode(externalId)).GET().build();
        HttpResponse<String> response = send("status", request);
        if (response.statusCode() == 404) {
            return AccountStatus.NOT_INVITED;
        }
        if (response.statusCode() != 200) {
            throw unavailable(request, response);
        }
        return status(request, response);
    }

    @Override
    public Enrolment enrol(String externalId, String courseId) {
        ObjectNode body = json.createObjectNode().put("courseId", courseId);
        HttpRequest request = request("/members/" + encode(externalId) + "/enrolments")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        HttpResponse<String> response = send("enrol", request);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw unavailable(request, response);
        }
        try {
            JsonNode node = json.readTree(response.body());
            if (!courseId.equals(node.path("courseId").asText())) {
                throw new IOException(
                        "enrolment for another course: " + node.path("courseId").asText());
            }
        } catch (IOException unreadable) {
            throw unreadable(request, response, unreadable);
        }
        return new Enrolment(externalId, courseId);
    }

    @Override
    public Progress progress(String externalId, String courseId) {
        HttpRequest request = request("/members/" + encode(externalId) + "/enrolments/" + encode(courseId))
                .GET()
                .build();
        HttpResponse<String> response = send("progress", request);
        if (response.statusCode() != 200) {
            throw unavailable(request, response);
        }
        try {
            JsonNode node = json.readTree(response.body());
            int percent = node.path("progress").asInt(-1);
            if (percent < 0 || percent > 100) {
                throw new IOException("progress out of 0–100: " + node.path("progress"));
            }
            return new Progress(
                    externalId,
                    courseId,
                    percent,
                    node.path("timeSpentMinutes").asInt(0),
                    instant(node, "lastActivityAt"),
                    instant(node, "completedAt"),
                    instant(node, "certificateAt"));
        } catch (IOException | java.time.format.DateTimeParseException unreadable) {
            throw unreadable(request, response, unreadable);
        }
    }

    private static java.time.Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank()
                ? null
                : java.time.Instant.parse(value.asText());
    }

    @Override
    public String name() {
        return "OpenClassrooms API at " + settings.baseUrl();
    }

    private HttpRequest.Builder request(String path) {
        String base = settings.baseUrl().toString().replaceAll("/+$", "");
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(settings.readTimeout())
                .header("Accept", "application/json");
        if (settings.token() != null && !settings.token().isBlank()) {
            builder.header("Authorization", "Bearer " + settings.token());
        }
        return builder;
    }

    /** Sends the request, timed as the operation with the outcome its status or failure tells. */
    private HttpResponse<String> send(String operation, HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            calls.record(
                    operation,
                    PlatformCalls.outcomeOf(response.statusCode()),
                    Duration.ofNanos(System.nanoTime() - start));
            return response;
        } catch (IOException e) {
            calls.record(operation, PlatformCalls.outcomeOf(e), Duration.ofNanos(System.nanoTime() - start));
            log.warn("Learning platform unreachable: {} {}: {}", request.method(), request.uri(), e.toString());
            throw new PlatformUnavailable("Learning platform unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformUnavailable("Interrupted while calling the learning platform", e);
        }
    }

    private AccountStatus status(HttpRequest request, HttpResponse<String> response) {
        try {
            JsonNode node = json.readTree(response.body());
            return AccountStatus.valueOf(node.path("status").asText());
        } catch (IOException | IllegalArgumentException unreadable) {
            throw unreadable(request, response, unreadable);
        }
    }

    private static PlatformUnavailable unreadable(HttpRequest request, HttpResponse<String> response, Exception cause) {
        log.warn(
                "Learning platform answered something unreadable to {} {}: {}",
                request.method(),
                request.uri(),
                abbreviate(response.body()));
        return new PlatformUnavailable("Unreadable answer from the learning platform", cause);
    }

    private static PlatformUnavailable unavailable(HttpRequest request, HttpResponse<String> response) {
        log.warn(
                "Learning platform answered {} to {} {}: {}",
                response.statusCode(),
                request.method(),
                request.uri(),
                abbreviate(response.body()));
        return new PlatformUnavailable("Learning platform answered HTTP " + response.statusCode());
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
