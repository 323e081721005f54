package lu.adem.tremplin.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of the engine REST API behind a load balancer, as a real integration client behaves: each request
 * goes to a live node (round robin, failing over), a refused connection, a timeout, a 429, 502, 503 or 504 (and
 * any 5xx of a read) is retried with a growing pause for up to {@link #GIVE_UP}, and a share of the writes "lose their response": the
 * request reached the node and did its work, but the client never heard back and sends it again. Counts what
 * it had to retry and where it gave up.
 */
final class EngineClient {

    static final Duration GIVE_UP = Duration.ofMinutes(4);
    static final double LOST_RESPONSES = 0.15;
    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, JsonNode body, java.net.http.HttpHeaders headers) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        boolean alreadyDone() {
            return headers.firstValue("Tremplin-Already-Done").isPresent();
        }
    }

    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger retried = new AtomicInteger();
    final AtomicInteger lostResponses = new AtomicInteger();
    final AtomicInteger gaveUp = new AtomicInteger();
    final AtomicInteger refusedQuickly = new AtomicInteger();

    private final List<Node> nodes;
    private final String authorization;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    EngineClient(List<Node> nodes, String user, String password) {
        this.nodes = nodes;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path) {
        return call("GET", path, null, false);
    }

    Answer post(String path, Object body, boolean mayLoseResponse) {
        return call("POST", path, body, mayLoseResponse);
    }

    Answer put(String path, Object body) {
        return call("PUT", path, body, false);
    }

    /**
     * Sends until a node answers with something else than a retryable failure, or {@link #GIVE_UP} passes
     * (then {@link GaveUp}).
     */
    Answer call(String method, String path, Object body, boolean mayLoseResponse) {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        long pause = 200;
        int attempt = 0;
        while (true) {
            Node node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
            attempt++;
            long sent = System.nanoTime();
            try {
                requests.incrementAndGet();
                HttpResponse<String> response =
                        http.send(request(node, method, path, body), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                // as careful clients do: any 5xx of a read is retried; a write is retried when it surely did
                // nothing (refused connection, 502/503/504, 429); its 500 goes back to the caller, who looks first
                boolean transientAnswer = status == 429 || status == 502 || status == 503 || status == 504;
                if (transientAnswer || (status >= 500 && "GET".equals(method))) {
                    if (status == 503 && System.nanoTime() - sent < 10_000_000_000L) {
                        refusedQuickly.incrementAndGet();
                    }
                    throw new IOException(
                            "HTTP " + status + " from node " + node.name + ": " + abbreviate(response.body()));
                }
                if (mayLoseResponse && ThreadLocalRandom.current().nextDouble() < LOST_RESPONSES) {
                    // the node did the work; the answer never reached the client, which sends it again
                    lostResponses.incrementAndGet();
                    mayLoseResponse = false;
                    continue;
                }
                String text = response.body();
                return new Answer(
                        status, text == null || text.isBlank() ? null : JSON.readTree(text), response.headers());
            } catch (IOException failure) {
                retried.incrementAndGet();
                if (System.nanoTime() > deadline) {
                    gaveUp.incrementAndGet();
                    throw new GaveUp(method + " " + path + " after " + attempt + " attempts: " + failure.getMessage());
                }
                sleep(pause);
                pause = Math.min(pause * 2, 3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GaveUp("interrupted");
            }
        }
    }

    private HttpRequest request(Node node, String method, String path, Object body) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(node.url() + "/engine-rest" + path))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", authorization)
                .header("Accept", "application/json");
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GaveUp("interrupted");
        }
    }

    /** The client gave up on a request: a client error in the fault run's table. */
    static final class GaveUp extends RuntimeException {
        GaveUp(String message) {
            super(message);
        }
    }
}
