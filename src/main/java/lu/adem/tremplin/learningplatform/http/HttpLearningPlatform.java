package lu.adem.tremplin.learningplatform.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.learningplatform.LearningPlatformSettings;
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

    public HttpLearningPlatform(LearningPlatformSettings settings) {
        if (settings.baseUrl() == null) {
            throw new IllegalStateException("tremplin.learning-platform.base-url is required in http mode");
        }
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
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
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw unavailable(request, response);
        }
        return new Invitation(member.externalId(), status(request, response));
    }

    @Override
    public AccountStatus accountStatus(String externalId) {
        HttpRequest request = request("/members/" + encode(externalId)).GET().build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 404) {
            return AccountStatus.NOT_INVITED;
        }
        if (response.statusCode() != 200) {
            throw unavailable(request, response);
        }
        return status(request, response);
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

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
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
            log.warn("Learning platform answered something unreadable to {} {}: {}", request.method(), request.uri(),
                    abbreviate(response.body()));
            throw new PlatformUnavailable("Unreadable answer from the learning platform", unreadable);
        }
    }

    private static PlatformUnavailable unavailable(HttpRequest request, HttpResponse<String> response) {
        log.warn("Learning platform answered {} to {} {}: {}", response.statusCode(), request.method(), request.uri(),
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
