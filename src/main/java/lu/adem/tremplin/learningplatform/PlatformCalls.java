package lu.adem.tremplin.learningplatform;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Calls to the learning platform on {@code /actuator/prometheus} (docs/ops/monitoring.md):
 * {@code tremplin_platform_calls_seconds}, per operation ({@code invite}, {@code status}, {@code enrol},
 * {@code progress}), outcome ({@code success}, {@code client_error}, {@code server_error}, {@code timeout},
 * {@code unreachable}) and mode ({@code http}, {@code simulator}), with buckets for percentiles.
 */
public class PlatformCalls {

    private final MeterRegistry registry;
    private final String mode;

    public PlatformCalls(MeterRegistry registry, String mode) {
        this.registry = registry;
        this.mode = mode;
    }

    /** Times a call that either answers ({@code success}) or throws (the platform is out of reach). */
    public <T> T timed(String operation, Supplier<T> call) {
        long start = System.nanoTime();
        String outcome = "unreachable";
        try {
            T result = call.get();
            outcome = "success";
            return result;
        } catch (PlatformUnavailable failed) {
            outcome = outcomeOf(failed);
            throw failed;
        } finally {
            record(operation, outcome, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /** Records one call whose outcome the caller knows (an HTTP status, for instance). */
    public void record(String operation, String outcome, Duration took) {
        Timer.builder("tremplin.platform.calls")
                .description("Calls to the learning platform, per operation, outcome and mode")
                .tag("operation", operation)
                .tag("outcome", outcome)
                .tag("mode", mode)
                .serviceLevelObjectives(
                        Duration.ofMillis(100),
                        Duration.ofMillis(250),
                        Duration.ofMillis(500),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(10))
                .register(registry)
                .record(took);
    }

    /** success, client_error (4xx), server_error (5xx or an unreadable answer), timeout or unreachable. */
    public static String outcomeOf(int status) {
        if (status >= 200 && status < 300 || status == 404) {
            return "success";
        }
        return status >= 400 && status < 500 ? "client_error" : "server_error";
    }

    /** timeout when the platform took longer than the read or connect timeout, else unreachable. */
    public static String outcomeOf(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpTimeoutException) {
                return "timeout";
            }
        }
        return "unreachable";
    }
}
