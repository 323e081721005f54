package lu.adem.tremplin.faults;

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
import java.util.List;
import java.util.Map;

/**
 * One Tremplin node of the fault run: the production jar started with {@code java -jar} as an operator starts
 * it, on a port of its own, logging to a file. It can be killed with SIGKILL (no shutdown hook runs, its job
 * locks stay in the database) and started again on the same port.
 */
final class Node {

    final String name;
    final int port;
    private final Path jar;
    private final Path log;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private Process process;
    private int launches;

    Node(String name, Path jar, Path directory, Map<String, String> environment, List<String> arguments)
            throws IOException {
        this.name = name;
        this.port = freePort();
        this.jar = jar;
        this.log = directory.resolve("node-" + name + ".log");
        this.environment = environment;
        this.arguments = arguments;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts the jar; the log of every launch goes to the same file. */
    void start() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-jar",
                jar.toAbsolutePath().toString(),
                "--server.port=" + port,
                "--tremplin.node-name=" + name));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.writeString(
                log,
                "\n===== launch " + (++launches) + " of node " + name + " =====\n",
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        process = builder.start();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: the JVM dies at once, as on a power cut; nothing is unlocked or flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: graceful shutdown. */
    void stop() throws InterruptedException {
        if (alive()) {
            process.destroy();
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** The readiness probe's status, or 0 when the node does not answer. */
    int readiness() {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Waits until the readiness probe answers 200. */
    void awaitReady(Duration limit) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (readiness() != 200) {
            if (!alive()) {
                throw new IllegalStateException("Node " + name + " exited; see " + log + "\n" + tail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Node " + name + " not ready after " + limit + "; see " + log);
            }
            Thread.sleep(250);
        }
    }

    String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
