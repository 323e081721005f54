package lu.adem.tremplin.support;

import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * The benchmarks' timing: warm-up rounds, then measured rounds until a count or a time budget is reached
 * (at least a few), sorted, with percentiles and a one-line report per measurement.
 */
public record Rounds(int warmUp, int rounds, int minRounds, long budgetNanos) {

    /** Milliseconds of each measured round, sorted. */
    public double[] measure(Callable<?> work) throws Exception {
        long began = System.nanoTime();
        for (int i = 0; i < warmUp && System.nanoTime() - began < budgetNanos / 4; i++) {
            work.call();
        }
        began = System.nanoTime();
        double[] times = new double[rounds];
        int done = 0;
        while (done < rounds && (done < minRounds || System.nanoTime() - began < budgetNanos)) {
            long start = System.nanoTime();
            work.call();
            times[done++] = (System.nanoTime() - start) / 1e6;
        }
        double[] measured = Arrays.copyOf(times, done);
        Arrays.sort(measured);
        return measured;
    }

    /** The percentile of sorted times (nearest rank). */
    public static double p(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    public static void report(String what, double[] times) {
        System.out.printf(
                "BENCHMARK %s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d rounds)%n",
                what, p(times, 50), p(times, 95), times[times.length - 1], times.length);
    }
}
